namespace OpsTracker.Data;

/// <summary>
/// Whether the database can be used now, as the app last saw it: a circuit shared by the startup migration, the health
/// check, the seeding and the request pipeline. It opens (<see cref="ReportDown"/>) when a call meets a database that is
/// gone, and closes (<see cref="ReportUp"/>) when a probe reaches it again; while open, requests answer 503 at once
/// instead of waiting for time-outs. <see cref="IsMigrated"/> becomes true once, when the schema is up to date.
/// Thread-safe.
/// </summary>
public sealed class DatabaseAvailability
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _migrated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    /// <summary>Completed while the circuit is closed (nothing says the database is gone); pending while it is open.</summary>
    private TaskCompletionSource _available = Closed();
    private string _reason = "";

    /// <summary>Fires when the database goes down, comes back or has been migrated.</summary>
    public event Action? Changed;

    /// <summary>True once the schema has been brought up to date (migrations and provinces) since the app started.</summary>
    public bool IsMigrated => _migrated.Task.IsCompleted;

    /// <summary>Completes when the schema is up to date.</summary>
    public Task Migrated => _migrated.Task;

    /// <summary>True while the circuit is open: the last call or probe could not reach the database.</summary>
    public bool IsDown
    {
        get
        {
            lock (_gate)
            {
                return !_available.Task.IsCompleted;
            }
        }
    }

    /// <summary>True when migrated and nothing since says the database is gone.</summary>
    public bool IsAvailable
    {
        get
        {
            lock (_gate)
            {
                return IsMigrated && _available.Task.IsCompleted;
            }
        }
    }

    /// <summary>Why the database cannot be used (for /health/ready and logs); null when it can.</summary>
    public string? Reason
    {
        get
        {
            lock (_gate)
            {
                if (!_available.Task.IsCompleted)
                {
                    return _reason;
                }
                return _migrated.Task.IsCompleted ? null : "the database is being migrated";
            }
        }
    }

    /// <summary>When the database was last seen gone (UTC); null while it answers.</summary>
    public DateTime? DownSinceUtc { get; private set; }

    /// <summary>A call could not reach the database: open the circuit, with the reason.</summary>
    public void ReportDown(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        bool changed;
        lock (_gate)
        {
            changed = _available.Task.IsCompleted;
            if (changed)
            {
                _available = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                DownSinceUtc = DateTime.UtcNow;
            }
            _reason = reason; // the latest reason says most while the outage lasts
        }
        if (changed)
        {
            Changed?.Invoke();
        }
    }

    /// <summary>A probe reached the database: close the circuit.</summary>
    public void ReportUp()
    {
        bool changed;
        lock (_gate)
        {
            changed = _available.TrySetResult();
            DownSinceUtc = null;
        }
        if (changed)
        {
            Changed?.Invoke();
        }
    }

    /// <summary>The schema is up to date and the database answered.</summary>
    public void ReportMigrated()
    {
        ReportUp();
        if (_migrated.TrySetResult())
        {
            Changed?.Invoke();
        }
    }

    private static TaskCompletionSource Closed()
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        closed.SetResult();
        return closed;
    }

    /// <summary>Completes when the database is migrated and reachable (at once if it is).</summary>
    public async Task WaitUntilAvailableAsync(CancellationToken cancellationToken)
    {
        await _migrated.Task.WaitAsync(cancellationToken);
        Task available;
        lock (_gate)
        {
            available = _available.Task;
        }
        await available.WaitAsync(cancellationToken);
    }
}
