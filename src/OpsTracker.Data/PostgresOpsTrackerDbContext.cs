using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpsTracker.Data;

/// <summary>The PostgreSQL flavour of <see cref="OpsTrackerDbContext"/>; its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresOpsTrackerDbContext(DbContextOptions options) : OpsTrackerDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without a running app or database.</summary>
public sealed class PostgresOpsTrackerDbContextDesignFactory : IDesignTimeDbContextFactory<PostgresOpsTrackerDbContext>
{
    public PostgresOpsTrackerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<OpsTrackerDbContext>();
        DatabaseSettings.Configure(options, new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=opstracker"));
        return new PostgresOpsTrackerDbContext(options.Options);
    }
}
