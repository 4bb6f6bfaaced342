using OpsTracker.Core.Domain;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// What a figure counts in an official tally, and the one rule for a rounded restatement of an exact figure
/// ("نحو 700" and 683, "أكثر من 300" and 331): the two are one figure, and the exact one is kept. The tally reader,
/// the merging of tallies and the removal of tally figures told again as operations all use it.
/// </summary>
internal static class TallyFigures
{
    public const string Operations = "operations";
    public const string IsisAttacks = "isisAttacks";
    public const string HideoutsDestroyed = "hideoutsDestroyed";
    public const string Killed = "killed";
    public const string Arrested = "arrested";

    /// <summary>The tally field a figure fills, or null when a tally does not count it.</summary>
    public static string? FieldOf(Figure f) => f.Kind switch
    {
        FigureKind.Operations => Operations,
        FigureKind.Attacks => IsisAttacks,
        FigureKind.Hideout when f.Outcome == HideoutOutcome.Destroyed => HideoutsDestroyed,
        FigureKind.Casualty when f.Side == CasualtySide.Isis && f.Category == CasualtyCategory.Killed => Killed,
        FigureKind.Casualty when f.Side == CasualtySide.Isis && f.Category == CasualtyCategory.Arrested => Arrested,
        _ => null,
    };

    /// <summary>
    /// "تدمير 12 نفقا و24 وكرا": hideouts of another kind than those a tally already counts destroyed, told in the same
    /// statement, add to its hideouts destroyed (dens, tunnels, guesthouses and caves are all hideouts) rather than
    /// counting the field a second time. A kind the tally holds already is the field counted again.
    /// </summary>
    public static bool AddsHideouts(IEnumerable<Figure> held, Figure f) =>
        FieldOf(f) == HideoutsDestroyed && held.Where(g => FieldOf(g) == HideoutsDestroyed).ToList() is { Count: > 0 } hideouts
        && hideouts.TrueForAll(g => g.HideoutKind != f.HideoutKind);

    /// <summary>The count of a tally field: its figure's, or for hideouts the sum over the kinds (<see cref="AddsHideouts"/>).</summary>
    public static int? CountOf(IReadOnlyList<Figure> figures, string field)
    {
        int? count = null;
        foreach (var f in figures)
        {
            if (FieldOf(f) != field)
            {
                continue;
            }
            if (count is not null && field != HideoutsDestroyed)
            {
                break;
            }
            count = (count ?? 0) + f.Count;
        }
        return count;
    }

    /// <summary>Two figures of one tally field, one hedged and one exact, the exact one close enough to be what the other rounds.</summary>
    public static bool RoundedAndExact(Figure a, Figure b)
    {
        if (FieldOf(a) != FieldOf(b) || a.Approximate == b.Approximate)
        {
            return false;
        }
        var (rounded, exact) = a.Approximate ? (a, b) : (b, a);
        return exact.Count != rounded.Count && exact.Count >= rounded.Count * (1 - RoundedBelow) && exact.Count <= rounded.Count * (1 + RoundedAbove);
    }

    /// <summary>
    /// <paramref name="held"/> (in <paramref name="figures"/>) and <paramref name="told"/> are one figure told rounded
    /// and exactly (<see cref="RoundedAndExact"/>): the list keeps the exact one, in the rounded one's place.
    /// </summary>
    public static void KeepExact(IList<Figure> figures, Figure held, Figure told)
    {
        if (held.Approximate)
        {
            figures[figures.IndexOf(held)] = told;
        }
    }
}
