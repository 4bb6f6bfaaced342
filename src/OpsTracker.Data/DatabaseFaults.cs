using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace OpsTracker.Data;

/// <summary>Tells an exception that means "the database cannot be reached now" from one a request or a file caused.</summary>
public static class DatabaseFaults
{
    /// <summary>
    /// True when <paramref name="exception"/> (or one it wraps) says the database is out of reach or failed for a
    /// passing reason: a connection refused, reset or timed out, the server shutting down or not accepting connections
    /// yet (SQLSTATE classes 08 and 57P, 53300 too many connections), a transient Npgsql error, or EF's execution
    /// strategy giving up after its retries. Such a failure is worth trying again later; anything else is not.
    /// </summary>
    public static bool IsTransient(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case RetryLimitExceededException:
                case TimeoutException:
                case SocketException:
                case PostgresException { SqlState: ['0', '8', ..] or ['5', '7', 'P', ..] or "53300" }:
                    return true;
                case PostgresException:
                    return false; // the server answered: an error of the statement, not of the connection
                case NpgsqlException { IsTransient: true }:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsTransient):
                    return true;
            }
        }
        return false;
    }

    /// <summary>A short reason for logs, /health/ready and the pages, without a stack trace or a connection string.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var innermost = exception;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException or SocketException or TimeoutException)
            {
                innermost = e;
                if (e is PostgresException)
                {
                    break;
                }
            }
        }
        return innermost switch
        {
            PostgresException p => $"database error {p.SqlState}: {p.MessageText}",
            SocketException s => $"database unreachable: {s.Message}",
            _ => "database unreachable: " + innermost.Message,
        };
    }
}
