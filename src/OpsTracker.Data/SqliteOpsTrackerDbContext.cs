using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpsTracker.Data;

/// <summary>The embedded SQLite flavour of <see cref="OpsTrackerDbContext"/>; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteOpsTrackerDbContext(DbContextOptions options) : OpsTrackerDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without a running app or database.</summary>
public sealed class SqliteOpsTrackerDbContextDesignFactory : IDesignTimeDbContextFactory<SqliteOpsTrackerDbContext>
{
    public SqliteOpsTrackerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<OpsTrackerDbContext>();
        DatabaseSettings.Configure(options, new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=opstracker-design.db"));
        return new SqliteOpsTrackerDbContext(options.Options);
    }
}
