namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "قتلوا الليلة الماضية ... جنوبي مدينة كركوك": a province read from a compass bearing off its capital tells which way
/// from the city, not which province; the same event told again at a named place ("في منطقة طوزخرماتو") lies where that
/// place lies (<see cref="OperationDraft.ProvinceByBearing"/>).
/// </summary>
internal sealed partial class OperationPlaces
{
    /// <summary>
    /// Whether every place of <paramref name="s"/> that gives <paramref name="province"/> is its capital with a compass
    /// bearing before it (<see cref="PlaceDirections.IsCompassBearing"/>), and one does.
    /// </summary>
    internal static bool OnlyByBearing(ReportText report, Sentence s, string province)
    {
        var bearing = false;
        foreach (var p in report.PlaceReadings.PlacesIn(s))
        {
            if (report.PlaceDirections.IsDirectionOnly(p) || report.PlaceReadings.ProvinceOf(p) != province)
            {
                continue;
            }
            if (!report.PlaceDirections.IsCompassBearing(p))
            {
                return false;
            }
            bearing = true;
        }
        return bearing;
    }
}
