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
