using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace OpsTracker.Data.Queries;

/// <summary>
/// A place in the timeline's order (newest first, undated last, then by id): the key of the last operation a client
/// has seen. <c>GET /api/operations?after=...</c> answers the operations that come after it, found by seeking the
/// timeline index instead of counting past the pages before (docs/decisions/0007). Clients treat the text as opaque:
/// it is base64url of "t1:" then the date (yyyy-MM-dd, or "-" when undated), ":" and the id.
/// </summary>
public sealed record TimelineCursor(DateOnly? Date, int Id)
{
    private const string Version = "t1";

    /// <summary>The longest cursor text accepted: "t1:" + a date + ":" + an int32, in base64url, with room to spare.</summary>
    public const int MaxLength = 64;

    /// <summary>The cursor as the API writes it: base64url, no padding.</summary>
    public string Encode()
    {
        var date = Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
        var text = string.Create(CultureInfo.InvariantCulture, $"{Version}:{date}:{Id}");
        return Base64Url.EncodeToString(Encoding.ASCII.GetBytes(text));
    }

    /// <summary>
    /// Reads a cursor written by <see cref="Encode"/>; null for anything else (not base64url, another layout, a date
    /// that does not exist, an id below 1).
    /// </summary>
    public static TimelineCursor? Decode(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || !Base64Url.IsValid(value))
        {
            return null;
        }
        string text;
        try
        {
            text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(value));
        }
        catch (FormatException)
        {
            return null;
        }
        var parts = text.Split(':');
        if (parts.Length != 3 || parts[0] != Version)
        {
            return null;
        }
        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
        {
            return null;
        }
        if (parts[1] == "-")
        {
            return new TimelineCursor(null, id);
        }
        return DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new TimelineCursor(date, id)
            : null;
    }
}
