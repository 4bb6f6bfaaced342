using OpsTracker.Core.Extraction.Places;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "وقال نائب اللجنة الأمنية لمجلس محافظة نينوى، فلان، إن ستة إرهابيين قتلوا في قرية بمحافظة كركوك"، "وقال قائد
/// شرطة ديالى إن القوات اعتقلت خمسة في كركوك": a province that ends an official's title (a title noun, lexicon
/// officeTitles, then only words of an office's name, officeChainWords) is his seat when he is the one speaking (a
/// complementiser, speechComplementisers, follows within a name's length, or a verb of telling, announcementVerbs,
/// stands right before the title: "أعلن محافظ الأنبار مقتل ..."). Like the seat of a source
/// (<see cref="PlaceRoles.IsSourceLocation"/>), it locates the operation only when his words name no other place.
/// Holds nothing.
/// </summary>
internal static class OfficeSeats
{
    /// <summary>
    /// The most words of an office's name between the title and its province ("نائب [لجنة الأمن بمجلس محافظة]
    /// ديالى": five), so that a title told further back names another thing.
    /// </summary>
    private const int ChainWords = 5;

    /// <summary>
    /// How many words may stand between the province and the complementiser that opens what he said: his name and
    /// rank ("... ديالى اللواء الركن فلان الفلاني قوله إن": six).
    /// </summary>
    private const int NameWords = 6;

    public static bool Is(ReportText report, PlaceMention p)
    {
        if (p.Entry.Type != PlaceType.Province)
        {
            return false;
        }
        var lexicon = report.Lexicon;
        var tokens = report.Tokens;
        var t = report.TokenAt(p.Start);
        var title = -1;
        for (var k = t - 1; k >= 0 && k >= t - 1 - ChainWords; k--)
        {
            var w = tokens[k];
            if (!w.IsWord)
            {
                return false;
            }
            if (w.Readings.AnyIn(lexicon.OfficeTitles))
            {
                title = k;
                break;
            }
            if (!w.Readings.AnyIn(lexicon.OfficeChainWords))
            {
                return false;
            }
        }
        if (title < 0)
        {
            return false;
        }
        // "أعلن محافظ الأنبار مقتل ...": the title right after a verb of telling is its subject.
        if (title > 0 && tokens[title - 1].IsWord && lexicon.AnnouncementVerbs.MatchAt(tokens, title - 1) is { } verb && verb.Last == title - 1)
        {
            return true;
        }
        var end = report.TokenAt(p.End - 1);
        for (var k = end + 1; k < tokens.Count && k <= end + 1 + NameWords; k++)
        {
            var w = tokens[k];
            if (w.IsSentenceBreak)
            {
                return false;
            }
            if (w.IsWord && lexicon.SpeechComplementisers.Contains(w.Text))
            {
                return true;
            }
        }
        return false;
    }
}
