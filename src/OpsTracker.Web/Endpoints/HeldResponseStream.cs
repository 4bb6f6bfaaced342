namespace OpsTracker.Web.Endpoints;

/// <summary>
/// A write-only stream that keeps what is written to it (flushes included) until <see cref="Threshold"/> bytes have
/// come or the writer has finished, then passes everything on to the response. An export that fails before that (the
/// database is gone before its first rows) has then sent nothing, so the response can still become a 503 rather than a
/// 200 cut after the byte order mark. Past the threshold the file streams as it is produced.
/// </summary>
internal sealed class HeldResponseStream(Stream inner) : Stream
{
    /// <summary>Bytes held back before streaming: the header and the first rows of any export.</summary>
    public const int Threshold = 32 * 1024;

    private MemoryStream? _held = new();

    /// <summary>Runs <paramref name="write"/> over a held stream on <paramref name="response"/>, and sends what it wrote.</summary>
    public static async Task WriteAsync(Stream response, Func<Stream, Task> write)
    {
        await using var held = new HeldResponseStream(response);
        await write(held);
        await held.ReleaseAsync(CancellationToken.None);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_held is null)
        {
            await inner.WriteAsync(buffer, cancellationToken);
            return;
        }
        _held.Write(buffer.Span);
        if (_held.Length >= Threshold)
        {
            await ReleaseAsync(cancellationToken);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Flushes reach the response only once it streams: before that, a flush would start a response that may still fail.</summary>
    public override Task FlushAsync(CancellationToken cancellationToken) =>
        _held is null ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override void Flush()
    {
        // Nothing synchronous is sent: ASP.NET response bodies refuse synchronous writes.
    }

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("Write asynchronously.");
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    private async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        if (_held is null)
        {
            return;
        }
        var held = _held;
        _held = null;
        held.Position = 0;
        await held.CopyToAsync(inner, cancellationToken);
        await held.DisposeAsync();
    }

    public override ValueTask DisposeAsync()
    {
        _held?.Dispose(); // not released: the writer failed, and nothing of it is sent
        _held = null;
        return base.DisposeAsync();
    }
}
