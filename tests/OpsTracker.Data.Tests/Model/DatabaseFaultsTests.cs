using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace OpsTracker.Data.Tests.Model;

/// <summary>Which failures mean "the database is out of reach now", and the time-outs that make them come fast.</summary>
public sealed class DatabaseFaultsTests
{
    private static NpgsqlException Refused() => new("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));

    [Fact]
    public void A_lost_connection_is_transient_however_it_is_wrapped()
    {
        Assert.True(DatabaseFaults.IsTransient(Refused()));
        Assert.True(DatabaseFaults.IsTransient(new RetryLimitExceededException("gave up", Refused())));
        Assert.True(DatabaseFaults.IsTransient(new DbUpdateException("save failed", Refused())));
        Assert.True(DatabaseFaults.IsTransient(new InvalidOperationException("outer", new TimeoutException())));
        Assert.True(DatabaseFaults.IsTransient(new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")));
        Assert.True(DatabaseFaults.IsTransient(new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03")));
        Assert.True(DatabaseFaults.IsTransient(new PostgresException("connection failure", "FATAL", "FATAL", "08006")));
        Assert.True(DatabaseFaults.IsTransient(new PostgresException("too many connections", "FATAL", "FATAL", "53300")));
    }

    [Fact]
    public void An_error_of_the_statement_or_the_data_is_not()
    {
        Assert.False(DatabaseFaults.IsTransient(new PostgresException("invalid byte sequence for encoding", "ERROR", "ERROR", "22021")));
        Assert.False(DatabaseFaults.IsTransient(new DbUpdateException("unique", new PostgresException("duplicate key", "ERROR", "ERROR", "23505"))));
        Assert.False(DatabaseFaults.IsTransient(new InvalidOperationException("a bug")));
        Assert.False(DatabaseFaults.IsTransient(new OperationCanceledException()));
        Assert.False(DatabaseFaults.IsTransient(null));
    }

    [Fact]
    public void The_reason_names_the_cause_without_a_connection_string()
    {
        var reason = DatabaseFaults.Describe(new RetryLimitExceededException("gave up", Refused()));
        Assert.StartsWith("database unreachable: ", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("database error 57P01: shutting down", DatabaseFaults.Describe(new PostgresException("shutting down", "FATAL", "FATAL", "57P01")));
    }

    [Fact]
    public void Short_time_outs_and_retries_by_default_and_configurable()
    {
        var defaults = DatabaseSettings.From(Config());
        Assert.Equal((3, 15, 2, TimeSpan.FromSeconds(1)), (defaults.ConnectTimeoutSeconds, defaults.CommandTimeoutSeconds, defaults.MaxRetryCount, defaults.MaxRetryDelay));

        var configured = DatabaseSettings.From(Config(
            ("OpsTracker:Database:ConnectTimeoutSeconds", "7"), ("OpsTracker:Database:CommandTimeoutSeconds", "60"),
            ("OpsTracker:Database:MaxRetryCount", "0"), ("OpsTracker:Database:MaxRetryDelayMilliseconds", "250")));
        Assert.Equal((7, 60, 0, TimeSpan.FromMilliseconds(250)), (configured.ConnectTimeoutSeconds, configured.CommandTimeoutSeconds, configured.MaxRetryCount, configured.MaxRetryDelay));

        var options = new DbContextOptionsBuilder<OpsTrackerDbContext>();
        DatabaseSettings.Configure(options, configured);
        using var db = new PostgresOpsTrackerDbContext(options.Options);
        Assert.Equal(60, db.Database.GetCommandTimeout());
        Assert.Equal(7, new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Timeout);

        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.From(Config(("OpsTracker:Database:ConnectTimeoutSeconds", "0"))));
        Assert.Contains("OpsTracker:Database:ConnectTimeoutSeconds", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(
            values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))
                .Append(new("ConnectionStrings:Postgres", "Host=db;Database=ops;Username=u;Password=secret")))
            .Build();
}
