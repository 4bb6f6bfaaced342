using System.Globalization;

namespace OpsTracker.Web.Components.Pages.Map;

/// <summary>
/// The map's colour classes: a governorate with nothing is grey, the others fall into <see cref="Colours"/>.Length
/// classes of equal width from 1 to the largest value (the classes are few so a reader can match a colour to the
/// legend; equal width so the legend reads as plain ranges). A sequential blue ramp, dark for more, distinct in light
/// and dark mode and for colour-blind readers.
/// </summary>
public sealed record ChoroplethScale(int Max)
{
    public const string NoneColour = "#e0e0e0";

    public static IReadOnlyList<string> Colours { get; } = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];

    /// <summary>The upper bound of each class (inclusive), from the first to the last; the last is <see cref="Max"/>.</summary>
    public IReadOnlyList<int> UpperBounds =>
        [.. Enumerable.Range(1, Colours.Count).Select(i => Max <= 0 ? 0 : (int)Math.Ceiling(Max * (double)i / Colours.Count)).Distinct()];

    public string ColourOf(int value)
    {
        if (value <= 0 || Max <= 0)
        {
            return NoneColour;
        }
        var bounds = UpperBounds;
        for (var i = 0; i < bounds.Count; i++)
        {
            if (value <= bounds[i])
            {
                return Colours[Math.Min(Colours.Count - 1, i * Colours.Count / bounds.Count)];
            }
        }
        return Colours[^1];
    }

    /// <summary>The legend: each class's range ("1–3", "4–6", "7") and colour, after the grey "0".</summary>
    public IEnumerable<(string Range, string Colour)> Legend()
    {
        yield return ("0", NoneColour);
        var low = 1;
        foreach (var high in UpperBounds.Where(b => b >= 1))
        {
            if (high < low)
            {
                continue;
            }
            var range = high == low ? low.ToString(CultureInfo.InvariantCulture) : $"{low.ToString(CultureInfo.InvariantCulture)}–{high.ToString(CultureInfo.InvariantCulture)}";
            yield return (range, ColourOf(high));
            low = high + 1;
        }
    }
}
