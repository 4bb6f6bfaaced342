using OpsTracker.Core.Extraction;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Web.Tests.Testing;

/// <summary>
/// The fake extractor, but extracting the file whose text contains <see cref="GateMark"/> waits for the test: it
/// signals <see cref="Reached"/> and blocks until <see cref="Release"/>, so a test can act while seeding is mid-file.
/// </summary>
public sealed class GatedExtractor : IReportExtractor
{
    public const string GateMark = "GATE";

    private readonly FakeExtractor _inner = new();
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ManualResetEventSlim _gate = new(false);

    public string Version => _inner.Version;

    /// <summary>Completes when the gated file is being extracted.</summary>
    public Task Reached => _reached.Task;

    public void Release() => _gate.Set();

    public ExtractionResult Extract(string text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains(GateMark, StringComparison.Ordinal))
        {
            _reached.TrySetResult();
            _gate.Wait(TimeSpan.FromMinutes(1));
        }
        return _inner.Extract(text, published);
    }
}
