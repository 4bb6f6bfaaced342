using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace OpsTracker.Data.Exports;

/// <summary>
/// What every OpsTracker CSV shares: UTF-8 with a byte order mark (so spreadsheet programs read Arabic correctly),
/// RFC 4180 quoting and CRLF line ends by CsvHelper, invariant numbers and dates (yyyy-MM-dd), and text cells
/// neutralised against formula injection by <see cref="Neutralize"/>.
/// </summary>
public static class CsvExport
{
    /// <summary>UTF-8 that writes its byte order mark first.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The characters that make a spreadsheet read a cell as a formula: = + - @, and tab and carriage return (OWASP).</summary>
    public static IReadOnlyList<char> FormulaStarts { get; } = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// A text cell made safe to open in a spreadsheet: one that begins with =, +, -, @, a tab or a carriage return is
    /// prefixed with a single quote, so it is shown as text rather than run as a formula. Other text is unchanged;
    /// null stays null (an empty cell).
    /// </summary>
    public static string? Neutralize(string? cell) =>
        cell is { Length: > 0 } && FormulaStarts.Contains(cell[0]) ? "'" + cell : cell;

    /// <summary>A CSV writer over <paramref name="writer"/> (left open) with the shared settings.</summary>
    public static CsvWriter CreateWriter(TextWriter writer) =>
        new(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }, leaveOpen: true);

    /// <summary>
    /// Runs <paramref name="write"/> over a UTF-8 text writer on <paramref name="stream"/> (left open) that starts with
    /// the byte order mark, and flushes it, asynchronously throughout (ASP.NET response bodies refuse synchronous writes).
    /// </summary>
    public static async Task WriteUtf8Async(Stream stream, Func<TextWriter, Task> write)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(write);
        var writer = new StreamWriter(stream, Encoding, bufferSize: 16 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            await write(writer).ConfigureAwait(false);
            await writer.FlushAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Writes a text cell, neutralised.</summary>
    public static void Text(this CsvWriter csv, string? value)
    {
        ArgumentNullException.ThrowIfNull(csv);
        csv.WriteField(Neutralize(value));
    }

    /// <summary>Writes a number cell; empty when null.</summary>
    public static void Number(this CsvWriter csv, int? value)
    {
        ArgumentNullException.ThrowIfNull(csv);
        csv.WriteField(value?.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Writes a date cell as yyyy-MM-dd; empty when null.</summary>
    public static void Date(this CsvWriter csv, DateOnly? value)
    {
        ArgumentNullException.ThrowIfNull(csv);
        csv.WriteField(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>Writes the header line.</summary>
    public static async Task WriteHeaderAsync(this CsvWriter csv, IEnumerable<string> columns)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(columns);
        foreach (var c in columns)
        {
            csv.WriteField(c);
        }
        await csv.NextRecordAsync().ConfigureAwait(false);
    }
}
