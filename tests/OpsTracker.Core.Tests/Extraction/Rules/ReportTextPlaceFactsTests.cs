using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Rules;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// A report's place readers keep per place mention, once per report, whether it locates (<see cref="PlaceReadings.PlacesIn"/>:
/// no dateline, no outlet) and whether it is a direction only (<see cref="PlaceDirections.IsDirectionOnly"/>): the answers
/// must not depend on which question came first, and a mention that is no entry of the report's list is answered too.
/// </summary>
public class ReportTextPlaceFactsTests
{
    // Invented: a dateline, a bearing from a capital, a village in a province.
    private const string Text = "بغداد - وكالات\n"
        + "قتلت القوات الامنية ثلاثة ارهابيين شمال بغداد.\n"
        + "واعتقلت خمسة مطلوبين في قرية البو حمدان في محافظة كركوك.";

    private static ReportText Report()
    {
        var normalized = ArabicNormalizer.Normalize(Text);
        var tokens = Tokenizer.Tokenize(normalized.Text);
        return new ReportText(normalized, tokens, ExtractionLexicon.Default) { Places = Gazetteer.Default.FindAll(normalized.Text, tokens) };
    }

    private static string Surface(ReportText report, PlaceMention p) => report.Text.Text[p.Start..p.End];

    [Fact]
    public void Places_locate_and_directions_are_the_same_whichever_is_asked_first()
    {
        var placesFirst = Report();
        var located = placesFirst.Sentences.Select(s => placesFirst.PlaceReadings.PlacesIn(s).Select(p => Surface(placesFirst, p)).ToList()).ToList();
        var directions = placesFirst.Places.Select(placesFirst.PlaceDirections.IsDirectionOnly).ToList();

        var directionsFirst = Report();
        Assert.Equal(directions, directionsFirst.Places.Select(directionsFirst.PlaceDirections.IsDirectionOnly).ToList());
        Assert.Equal(located, directionsFirst.Sentences.Select(s => directionsFirst.PlaceReadings.PlacesIn(s).Select(p => Surface(directionsFirst, p)).ToList()).ToList());

        // The dateline's Baghdad locates nothing; the bearing's Baghdad is a direction only; Kirkuk is where it happened.
        Assert.Empty(located[0]);
        Assert.Equal(["بغداد"], located[1]);
        Assert.Contains("كركوك", located[2]);
        var bearing = placesFirst.PlaceReadings.PlacesIn(placesFirst.Sentences[1]).Single();
        Assert.True(placesFirst.PlaceDirections.IsDirectionOnly(bearing));
        Assert.False(placesFirst.PlaceDirections.IsDirectionOnly(placesFirst.PlaceReadings.PlacesIn(placesFirst.Sentences[2]).Single(p => Surface(placesFirst, p) == "كركوك")));
        // A copy of a mention is no entry of the list: answered all the same.
        Assert.True(placesFirst.PlaceDirections.IsDirectionOnly(bearing with { }));
    }
}
