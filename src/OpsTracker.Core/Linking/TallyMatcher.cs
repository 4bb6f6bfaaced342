using OpsTracker.Core.Domain;
using static OpsTracker.Core.Linking.LinkingThresholds;

namespace OpsTracker.Core.Linking;

/// <summary>
/// Whether two official tallies of different reports are one announcement quoted twice: the same scope and period,
/// the same authority when both name one, announced within <see cref="LinkingThresholds.TallyAnnouncementWindowDays"/>
/// when both give the day, and every figure both give equal (at least one). Different announcements for the same
/// period (other figures, another authority) stay apart.
/// </summary>
public static class TallyMatcher
{
    public static bool SameAnnouncement(ReportedTally a, ReportedTally b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.ReportId == b.ReportId
            || !string.Equals(a.Scope, b.Scope, StringComparison.OrdinalIgnoreCase)
            || a.PeriodStart != b.PeriodStart || a.PeriodEnd != b.PeriodEnd
            || (a.PeriodStart is null && a.PeriodEnd is null))
        {
            return false;
        }
        if (a.ReportedBy is not null && b.ReportedBy is not null && !string.Equals(a.ReportedBy, b.ReportedBy, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (a.AnnouncedOn is { } x && b.AnnouncedOn is { } y && Math.Abs(x.DayNumber - y.DayNumber) > TallyAnnouncementWindowDays)
        {
            return false;
        }
        int shared = 0;
        foreach (var (p, q) in Figures(a).Zip(Figures(b)))
        {
            if (p is { } vp && q is { } vq)
            {
                if (vp != vq)
                {
                    return false;
                }
                shared++;
            }
        }
        return shared > 0;
    }

    private static IEnumerable<int?> Figures(ReportedTally t)
    {
        yield return t.Operations;
        yield return t.Killed;
        yield return t.Arrested;
        yield return t.HideoutsDestroyed;
        yield return t.IsisAttacks;
    }
}
