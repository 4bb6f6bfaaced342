namespace OpsTracker.Data.Seeding;

/// <summary>
/// The publication dates an analyst may give a report: from 2003-01-01 (before the campaigns this dataset follows)
/// to today (UTC). Checked on the server for every write, whatever the browser's date picker allowed.
/// </summary>
public static class PublicationDates
{
    public static readonly DateOnly Earliest = new(2003, 1, 1);

    /// <summary>Null when <paramref name="published"/> is allowed, else why not.</summary>
    public static string? Check(DateOnly published, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return published < Earliest || published > today
            ? $"The publication date must be between {Earliest:yyyy-MM-dd} and today ({today:yyyy-MM-dd}); {published:yyyy-MM-dd} is not."
            : null;
    }

    /// <exception cref="ArgumentOutOfRangeException">The date is before <see cref="Earliest"/> or after today.</exception>
    public static void EnsureValid(DateOnly published, TimeProvider time)
    {
        if (Check(published, time) is { } error)
        {
            throw new ArgumentOutOfRangeException(nameof(published), published, error);
        }
    }
}
