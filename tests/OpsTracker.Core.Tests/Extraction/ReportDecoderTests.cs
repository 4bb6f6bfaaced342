using System.Text;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

public class ReportDecoderTests
{
    private const string Arabic = "قتل 3 إرهابيين في كركوك";

    [Fact]
    public void Reads_utf8_with_and_without_bom()
    {
        var plain = Encoding.UTF8.GetBytes(Arabic);
        Assert.Equal(Arabic, ReportDecoder.Decode("a.txt", plain).Text);
        Assert.Equal(Arabic, ReportDecoder.Decode("a.txt", [0xEF, 0xBB, 0xBF, .. plain]).Text);
    }

    [Fact]
    public void Reads_utf16_with_and_without_bom()
    {
        Assert.Equal(Arabic, ReportDecoder.Decode("a.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Arabic)).ToArray()).Text);
        Assert.Equal(Arabic, ReportDecoder.Decode("a.txt", Encoding.Unicode.GetBytes(Arabic)).Text);
        Assert.Equal(Arabic, ReportDecoder.Decode("a.txt", Encoding.BigEndianUnicode.GetBytes(Arabic)).Text);
    }

    [Fact]
    public void Reads_windows_1256()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1256).GetBytes(Arabic);
        var text = ReportDecoder.Decode("old.txt", bytes);
        Assert.Equal(Arabic, text.Text);
        Assert.Equal("windows-1256", text.EncodingName);
    }

    [Fact]
    public void Empty_binary_and_oversized_files_are_refused_by_name()
    {
        var empty = Assert.Throws<ReportReadException>(() => ReportDecoder.Decode("empty.txt", []));
        Assert.Equal("empty.txt: file is empty", empty.Message);

        var binary = Assert.Throws<ReportReadException>(() => ReportDecoder.Decode("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]));
        Assert.StartsWith("image.txt: file is binary", binary.Message, StringComparison.Ordinal);

        var big = Assert.Throws<ReportReadException>(() => ReportDecoder.Decode("big.txt", new byte[ReportDecoder.MaxBytes + 1]));
        Assert.Contains("over the 5 MB limit", big.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_is_sha256_of_the_bytes()
    {
        var text = ReportDecoder.Decode("a.txt", Encoding.UTF8.GetBytes("abc"));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", text.ContentHash);
    }
}
