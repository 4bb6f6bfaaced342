using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Data.Seeding;

namespace OpsTracker.Data.Tests.Model;

public sealed class DatabaseSettingsTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Postgres_when_its_connection_string_is_set()
    {
        var settings = DatabaseSettings.From(Config(("ConnectionStrings:Postgres", "Host=db;Database=ops;Username=u;Password=secret")));
        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
        Assert.Equal("PostgreSQL db:5432/ops", settings.Describe());
        Assert.DoesNotContain("secret", settings.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=db;Username=u;Password=p;Database=d", 64)]
    [InlineData("Host=db;Username=u;Password=p;Database=d;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Username=u;Password=p;Database=d;maxautoprepare=10", 10)]
    public void Statements_are_prepared_automatically_unless_the_connection_string_says_otherwise(string connectionString, int expected)
    {
        var options = new DbContextOptionsBuilder<OpsTrackerDbContext>();
        DatabaseSettings.Configure(options, new DatabaseSettings(DatabaseProvider.Postgres, connectionString));
        var configured = Microsoft.EntityFrameworkCore.Infrastructure.RelationalOptionsExtension.Extract(options.Options).ConnectionString;
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(configured);
        Assert.Equal(expected, builder.MaxAutoPrepare);
        Assert.Equal("db", builder.Host); // the rest of the operator's string is kept
        Assert.Equal(3, builder.Timeout);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Username=u;Password=p", Npgsql.SslMode.Allow)]
    [InlineData("Host=localhost;Username=u;Password=p", Npgsql.SslMode.Allow)]
    [InlineData("Host=::1;Username=u;Password=p", Npgsql.SslMode.Allow)]
    [InlineData("Host=127.0.0.1:5433,localhost;Username=u;Password=p", Npgsql.SslMode.Allow)]
    [InlineData("Host=127.0.0.1,db.example.org;Username=u;Password=p", Npgsql.SslMode.Prefer)]
    [InlineData("Host=postgres;Username=u;Password=p", Npgsql.SslMode.Prefer)]
    [InlineData("Host=/var/run/postgresql;Username=u;Password=p", Npgsql.SslMode.Prefer)]
    [InlineData("Host=127.0.0.1;Username=u;Password=p;SSL Mode=Require", Npgsql.SslMode.Require)]
    [InlineData("Host=localhost;Username=u;Password=p;sslmode=prefer", Npgsql.SslMode.Prefer)]
    public void A_server_on_this_machine_is_reached_without_tls_unless_it_or_the_operator_asks(string connectionString, Npgsql.SslMode expected)
    {
        var options = new DbContextOptionsBuilder<OpsTrackerDbContext>();
        DatabaseSettings.Configure(options, new DatabaseSettings(DatabaseProvider.Postgres, connectionString));
        var configured = Microsoft.EntityFrameworkCore.Infrastructure.RelationalOptionsExtension.Extract(options.Options).ConnectionString;
        Assert.Equal(expected, new Npgsql.NpgsqlConnectionStringBuilder(configured).SslMode);
    }

    [Fact]
    public void Embedded_sqlite_in_local_application_data_by_default()
    {
        var settings = DatabaseSettings.From(Config());
        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        var expected = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "OpsTracker", "opstracker.db");
        Assert.Equal(expected, file);
    }

    [Fact]
    public void The_sqlite_path_can_be_overridden()
    {
        var path = Path.Combine(Path.GetTempPath(), "elsewhere", "ops.db");
        var byPath = DatabaseSettings.From(Config(("OpsTracker:SqlitePath", path)));
        Assert.Equal(path, new SqliteConnectionStringBuilder(byPath.ConnectionString).DataSource);

        var byConnectionString = DatabaseSettings.From(Config(("ConnectionStrings:Sqlite", "Data Source=/tmp/x.db"), ("OpsTracker:SqlitePath", path)));
        Assert.Equal("Data Source=/tmp/x.db", byConnectionString.ConnectionString);
    }

    [Fact]
    public void Postgres_wins_over_sqlite_settings()
    {
        var settings = DatabaseSettings.From(Config(("ConnectionStrings:Postgres", "Host=db"), ("OpsTracker:SqlitePath", "/tmp/x.db")));
        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
    }

    [Fact]
    public async Task A_fresh_database_is_not_ready_until_migrated()
    {
        var file = Path.Combine(Path.GetTempPath(), $"opstracker-ready-{Guid.NewGuid():N}.db");
        try
        {
            IDbContextFactory<OpsTrackerDbContext> factory = OpsTrackerDbContextFactory.Create(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file}"));
            var before = await OpsTrackerDatabase.CheckReadyAsync(factory);
            Assert.False(before.Ready); // SQLite: the file does not exist yet, so "unreachable"

            await OpsTrackerDatabase.MigrateAsync(factory, NullLogger.Instance);
            await OpsTrackerDatabase.MigrateAsync(factory, NullLogger.Instance);
            var after = await OpsTrackerDatabase.CheckReadyAsync(factory);
            Assert.True(after.Ready, after.Reason);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public void The_seeds_folder_is_found_by_walking_up()
    {
        var root = Path.Combine(Path.GetTempPath(), $"opstracker-walk-{Guid.NewGuid():N}");
        var deep = Path.Combine(root, "src", "app", "bin");
        Directory.CreateDirectory(deep);
        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        try
        {
            Assert.Equal(Path.Combine(root, "seeds"), SeedsFolder.Locate(null, null, deep));
            Assert.Equal(Path.GetFullPath("/tmp/given"), SeedsFolder.Locate("/tmp/given", deep));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
