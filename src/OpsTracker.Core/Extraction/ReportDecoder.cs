using System.Security.Cryptography;
using System.Text;

namespace OpsTracker.Core.Extraction;

/// <summary>A report file that cannot be read as text; the message names the file and the reason.</summary>
public sealed class ReportReadException(string fileName, string reason)
    : Exception($"{fileName}: {reason}")
{
    public string FileName { get; } = fileName;
    public string Reason { get; } = reason;
}

/// <summary>The decoded text of a report file and the SHA-256 of its bytes.</summary>
public sealed record ReportText(string FileName, string Text, string ContentHash, string EncodingName)
{
    /// <summary>The file's bytes until <see cref="ContentHash"/> is first asked (then null).</summary>
    private byte[]? _bytes;

    private string? _contentHash = ContentHash;

    /// <summary>
    /// A decoded file whose hash is computed when first asked: <c>extract</c> never asks it, and hashing every report
    /// was 1.5 % of a batch's time. The same hash as <see cref="ReportDecoder.Decode"/> gave before.
    /// </summary>
    internal ReportText(string fileName, string text, byte[] bytes, string encodingName)
        : this(fileName, text, (string)null!, encodingName)
    {
        _bytes = bytes;
    }

    /// <summary>The lower-case hex SHA-256 of the file's bytes.</summary>
    public string ContentHash
    {
        get
        {
            if (Volatile.Read(ref _contentHash) is { } known)
            {
                return known;
            }
            // The hash is written before the bytes are let go, so a thread that finds them gone finds the hash; threads
            // that both find the bytes compute the same string.
            if (Volatile.Read(ref _bytes) is not { } bytes)
            {
                return Volatile.Read(ref _contentHash)!;
            }
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            Volatile.Write(ref _contentHash, hash);
            Volatile.Write(ref _bytes, null);
            return hash;
        }
        init => _contentHash = value;
    }

    /// <summary>Equal when file name, text, hash and encoding are: the kept bytes are no part of the value.</summary>
    public bool Equals(ReportText? other) =>
        other is not null && FileName == other.FileName && Text == other.Text && ContentHash == other.ContentHash && EncodingName == other.EncodingName;

    public override int GetHashCode() => HashCode.Combine(FileName, Text, ContentHash, EncodingName);
}

/// <summary>
/// Detects and decodes a report's bytes: UTF-8 with or without BOM, UTF-16 (BOM or NUL pattern), Windows-1256.
/// Empty, binary or oversized input is refused with a reason.
/// </summary>
public static class ReportDecoder
{
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly Lazy<Encoding> Windows1256 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static ReportText ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ReportReadException(name, "file not found");
        }
        if (info.Length > MaxBytes)
        {
            throw new ReportReadException(name, $"file is {info.Length:N0} bytes, over the {MaxBytes / (1024 * 1024)} MB limit");
        }
        return Decode(name, File.ReadAllBytes(path));
    }

    /// <remarks>
    /// The result keeps <paramref name="bytes"/> (not a copy) until its <see cref="ReportText.ContentHash"/> is first
    /// asked: a caller that reuses the array asks the hash before it does.
    /// </remarks>
    public static ReportText Decode(string fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            throw new ReportReadException(fileName, "file is empty");
        }
        if (bytes.Length > MaxBytes)
        {
            throw new ReportReadException(fileName, $"file is {bytes.Length:N0} bytes, over the {MaxBytes / (1024 * 1024)} MB limit");
        }
        var (text, encoding) = DecodeText(fileName, bytes);
        // Whether every character is white space, as Trim() would leave nothing: without a trimmed copy of the text.
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ReportReadException(fileName, "file holds only white space");
        }
        if (LooksBinary(text))
        {
            throw new ReportReadException(fileName, "file is binary, not text");
        }
        return new ReportText(fileName, text, bytes, encoding);
    }

    private static (string Text, string Encoding) DecodeText(string fileName, byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return (Strict(fileName, new UTF8Encoding(false, true), bytes.AsSpan(3)), "utf-8-bom");
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return (Strict(fileName, new UnicodeEncoding(false, false, true), bytes.AsSpan(2)), "utf-16le");
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (Strict(fileName, new UnicodeEncoding(true, false, true), bytes.AsSpan(2)), "utf-16be");
        }
        // Both readings of UTF-16 without a BOM need a NUL byte, and UTF-8 and Windows-1256 text holds none: one
        // vectorised search (made once: each branch searched the bytes again) says which readings remain.
        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
        {
            // UTF-16 without a BOM: Arabic and ASCII text leaves a NUL in every other byte.
            var utf16 = Utf16WithoutBom(bytes);
            if (utf16 is not null)
            {
                return (Strict(fileName, new UnicodeEncoding(utf16 == "utf-16be", false, true), bytes), utf16);
            }
            throw new ReportReadException(fileName, "file is binary, not text (it holds NUL bytes)");
        }
        if (StrictUtf8(bytes) is { } utf8)
        {
            return (utf8, "utf-8");
        }
        // Not UTF-8: Windows-1256 is the common single-byte encoding for Arabic.
        try
        {
            var text = Windows1256.Value.GetString(bytes);
            if (ArabicShare(text) < 0.2)
            {
                throw new ReportReadException(fileName, "file is neither UTF-8, UTF-16 nor Arabic Windows-1256 text");
            }
            return (text, "windows-1256");
        }
        catch (DecoderFallbackException)
        {
            throw new ReportReadException(fileName, "file is neither UTF-8, UTF-16 nor Windows-1256 text");
        }
    }

    /// <summary>
    /// The bytes as UTF-8, or null when they are not (what a throwing <see cref="UTF8Encoding"/> refuses): decoded in one
    /// pass into a rented buffer, where <c>GetString</c> walked the bytes twice, once to check and count them and once
    /// to decode them (1.5 % of a batch).
    /// </summary>
    private static string? StrictUtf8(byte[] bytes)
    {
        // A UTF-8 byte makes at most one UTF-16 character.
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false, isFinalBlock: true);
            return status == System.Buffers.OperationStatus.Done ? new string(chars, 0, written) : null;
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string Strict(string fileName, Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ReportReadException(fileName, $"file has invalid {encoding.WebName} bytes");
        }
    }

    /// <summary>The bytes' reading as UTF-16 without a BOM, or null; asked only of bytes that hold a NUL.</summary>
    private static string? Utf16WithoutBom(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }
        int evenNul = 0, oddNul = 0, pairs = bytes.Length / 2;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        // ASCII in UTF-16LE has NUL high bytes; Arabic (U+06xx) has 0x06 high bytes. Accept when the high byte is
        // always NUL or 0x06 and the low byte almost never NUL.
        bool HighBytesPlausible(int offset) => Enumerable.Range(0, pairs)
            .All(k => bytes[2 * k + offset] is 0x00 or 0x06 or 0x20 or 0xFE or 0xFF);
        if (evenNul < pairs / 10 && HighBytesPlausible(1) && oddNul > 0)
        {
            return "utf-16le";
        }
        if (oddNul < pairs / 10 && HighBytesPlausible(0) && evenNul > 0)
        {
            return "utf-16be";
        }
        return null;
    }

    private static bool LooksBinary(string text)
    {
        // Most texts hold no control character but white space: three vectorised searches of the ranges counted
        // below (C0 without \t \n \v \f \r, DEL and C1) say so without the loop.
        var span = text.AsSpan();
        if (span.IndexOfAnyInRange('\0', '\b') < 0 && span.IndexOfAnyInRange('\u000E', '\u001F') < 0 && span.IndexOfAnyInRange('\u007F', '\u009F') < 0)
        {
            return false;
        }
        var control = 0;
        foreach (var c in text)
        {
            // Letters, digits and marks (nearly every character) are not control characters (U+0000-U+001F,
            // U+007F-U+009F): one comparison each before char.IsControl.
            if (c >= ' ' && (c < '\u007F' || c > '\u009F'))
            {
                continue;
            }
            if (c == '\0' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v')))
            {
                control++;
            }
        }
        return control > 0 && control * 20 > text.Length;
    }

    private static double ArabicShare(string text)
    {
        int letters = 0, arabic = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (c is >= '\u0600' and <= '\u06FF')
                {
                    arabic++;
                }
            }
        }
        return letters == 0 ? 0 : (double)arabic / letters;
    }
}
