using System.Text;

namespace OpsTracker.Data.Tests.Testing;

/// <summary>A temporary folder of report files written by a test; deleted on dispose.</summary>
public sealed class ReportFolder : IDisposable
{
    static ReportFolder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public ReportFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "opstracker-reports-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string WriteSidecar(string reportName, string json) =>
        Write(System.IO.Path.ChangeExtension(reportName, ".json"), json);

    /// <summary>Four files the decoder refuses: empty, binary, Windows-1256 Arabic over 5 MB, invalid UTF-8.</summary>
    public void WriteBadFiles()
    {
        WriteBytes("bad-empty.txt", []);
        WriteBytes("bad-binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01, 0x02, 0x03]);
        var sentence = "أعلنت قيادة العمليات المشتركة مقتل ثلاثة إرهابيين في قضاء الحويجة. ";
        var big = new StringBuilder();
        while (big.Length < 5 * 1024 * 1024 + 1000)
        {
            big.Append(sentence);
        }
        WriteBytes("bad-big-1256.txt", Encoding.GetEncoding(1256).GetBytes(big.ToString()));
        WriteBytes("bad-utf8.txt", [.. "Operations report "u8.ToArray(), 0xC3, 0x28, .. " in the north and the west of the country"u8.ToArray()]);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Temp folder: best effort.
        }
    }
}
