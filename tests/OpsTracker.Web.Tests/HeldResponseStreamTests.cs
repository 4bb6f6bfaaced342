using System.Text;
using OpsTracker.Web.Endpoints;

namespace OpsTracker.Web.Tests;

/// <summary>An export's first bytes are held back, so a failure before them leaves the response untouched.</summary>
public sealed class HeldResponseStreamTests
{
    [Fact]
    public async Task A_writer_that_fails_before_the_threshold_sends_nothing()
    {
        using var response = new MemoryStream();
        await Assert.ThrowsAsync<TimeoutException>(() => HeldResponseStream.WriteAsync(response, async held =>
        {
            await held.WriteAsync(Encoding.UTF8.GetPreamble());
            await held.FlushAsync();
            await held.WriteAsync("year,province_code\r\n"u8.ToArray());
            throw new TimeoutException("the database is gone");
        }));
        Assert.Equal(0, response.Length);
    }

    [Fact]
    public async Task A_short_file_is_sent_whole_when_the_writer_finishes()
    {
        using var response = new MemoryStream();
        await HeldResponseStream.WriteAsync(response, async held => await held.WriteAsync("a,b\r\n1,2\r\n"u8.ToArray()));
        Assert.Equal("a,b\r\n1,2\r\n", Encoding.UTF8.GetString(response.ToArray()));
    }

    [Fact]
    public async Task Past_the_threshold_the_file_streams_as_it_is_written()
    {
        using var response = new MemoryStream();
        var row = Encoding.UTF8.GetBytes(new string('x', 1000) + "\r\n");
        long seenWhileWriting = 0;
        await Assert.ThrowsAsync<TimeoutException>(() => HeldResponseStream.WriteAsync(response, async held =>
        {
            for (var i = 0; i < 40; i++)
            {
                await held.WriteAsync(row);
            }
            seenWhileWriting = response.Length;
            throw new TimeoutException("lost mid-file");
        }));
        Assert.Equal(40 * row.Length, seenWhileWriting);
        Assert.True(40 * row.Length > HeldResponseStream.Threshold);
    }
}
