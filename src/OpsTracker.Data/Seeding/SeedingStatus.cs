namespace OpsTracker.Data.Seeding;

/// <summary>
/// How far the background seeding is, for the UI ("N reports loaded, M still loading") and for tests that wait for it.
/// Thread-safe; <see cref="Changed"/> fires after every report.
/// </summary>
public sealed class SeedingStatus
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stopping = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _total;
    private int _loaded;
    private int _failed;
    private readonly SortedDictionary<string, string> _retrying = new(StringComparer.Ordinal);

    public event Action? Changed;

    /// <summary>Reports found in the seeds folder.</summary>
    public int Total { get { lock (_gate) { return _total; } } }

    /// <summary>Reports stored with their extraction (new, replaced or already there).</summary>
    public int Loaded { get { lock (_gate) { return _loaded; } } }

    /// <summary>Reports that could not be read or stored.</summary>
    public int Failed { get { lock (_gate) { return _failed; } } }

    /// <summary>
    /// Reports that could not be stored for a passing reason (the database was gone) and will be tried again, by file
    /// name, with the reason. They are still counted in <see cref="Pending"/>: nothing of them is lost.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Retrying { get { lock (_gate) { return [.. _retrying]; } } }

    /// <summary>Reports not yet stored (including those waiting to be retried).</summary>
    public int Pending { get { lock (_gate) { return _total - _loaded - _failed; } } }

    public bool IsCompleted => _completed.Task.IsCompleted;

    /// <summary>Completes when seeding has finished (or was skipped).</summary>
    public Task Completion => _completed.Task;

    /// <summary>
    /// Completes when the app asked seeding to stop (its stopping token was cancelled): from then on no further report
    /// is started, and the one in hand is stored whole or rolled back.
    /// </summary>
    public Task Stopping => _stopping.Task;

    public void ReportStopping() => _stopping.TrySetResult();

    public void Start(int total)
    {
        lock (_gate)
        {
            _total = total;
            _loaded = 0;
            _failed = 0;
            _retrying.Clear();
        }
        Changed?.Invoke();
    }

    public void ReportLoaded(string? fileName = null)
    {
        lock (_gate)
        {
            _loaded++;
            if (fileName is not null)
            {
                _retrying.Remove(fileName);
            }
        }
        Changed?.Invoke();
    }

    public void ReportFailed(string? fileName = null)
    {
        lock (_gate)
        {
            _failed++;
            if (fileName is not null)
            {
                _retrying.Remove(fileName);
            }
        }
        Changed?.Invoke();
    }

    /// <summary>A report could not be stored for a passing reason and will be tried again.</summary>
    public void ReportRetrying(string fileName, string reason)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(reason);
        lock (_gate)
        {
            _retrying[fileName] = reason;
        }
        Changed?.Invoke();
    }

    public void Complete()
    {
        _completed.TrySetResult();
        Changed?.Invoke();
    }
}
