using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// A civilian named by his title before the verb that befell him, found in real reports of ISIS killing village
/// headmen: "مختار قرية البو خليل، فلان الفلاني، قتل بعد مداهمة داره" (the headman, his name set off by commas, then
/// the passive verb).
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "قال مسؤول إن مختار قرية البو خليل، حسن علي، قتل بعد اقتحام منزله": a singular civilian noun (lexicon persons:
    /// مختار، راعي، مزارع، مواطن ...), at most a few words of what he is of, his name between two commas, and a casualty
    /// verb right after the second comma; the title stands where a subject does (OpensSubject) and has no article
    /// (an adjective of nationality does: "العراقي"). Unvowelled "قتل" after its subject is the passive here: the name set off by
    /// commas makes the title the verb's subject, and a civilian is the one who befell it, so he is one civilian
    /// killed (or wounded, by the verb). Only civilians: a fighter's title before "قتل" may be the killer.
    /// </summary>
    private Figure? ReadTitledVictimBeforeVerb(TokenList tokens, Sentence s, int i, List<Figure> earlier)
    {
        if (_persons.At(tokens, i) is not { Value: { Number: GrammaticalNumber.Singular, Side: CasualtySide.Civilian, Ambiguous: false } } person
            || Article.Begins(tokens[i].Text) || !OpensSubject(tokens, s, i)
            || (earlier.Count > 0 && earlier[^1].Last >= i))
        {
            return null;
        }
        var open = CommaWithin(tokens, s, person.Last + 1, AssemblerLimits.TitledVictimTitleWords, allowFirst: true);
        var close = open < 0 ? -1 : CommaWithin(tokens, s, open + 1, AssemblerLimits.TitledVictimNameWords, allowFirst: false);
        if (close < 0 || close + 1 > s.Last || lexicon.CasualtyTriggers.MatchAt(tokens, close + 1) is not { } verb || _triggers.IsCharge(tokens, s, close + 1))
        {
            return null;
        }
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = verb.Value, Side = CasualtySide.Civilian, SideExplicit = true,
            Count = 1, Implicit = true, First = i, Last = person.Last, Sentence = s.Index, Rule = "titled-victim-before-verb",
        };
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> stands where a clause's subject does: first in the sentence, after
    /// punctuation (a quotation mark), or after a word that opens a clause (lexicon subjectOpeners). After another
    /// word a title-like noun is its adjective ("مصدر عسكري عراقي") or its object.
    /// </summary>
    private bool OpensSubject(TokenList tokens, Sentence s, int i) =>
        i == s.First || !tokens[i - 1].IsWord || lexicon.SubjectOpeners.Contains(tokens[i - 1].Text);

    /// <summary>
    /// The comma within <paramref name="reach"/> words from <paramref name="first"/>, the words before it plain words
    /// that name no person and hold no number; -1 when another token comes first. A comma at <paramref name="first"/>
    /// itself is taken only when <paramref name="allowFirst"/> (a name needs one word at least).
    /// </summary>
    private int CommaWithin(TokenList tokens, Sentence s, int first, int reach, bool allowFirst)
    {
        for (var j = first; j <= Math.Min(s.Last, first + reach); j++)
        {
            if (tokens[j].IsClauseBreak && tokens[j].Text == ",")
            {
                return j > first || allowFirst ? j : -1;
            }
            if (!tokens[j].IsWord || lexicon.Persons.MatchAt(tokens, j) is not null || lexicon.CasualtyTriggers.MatchAt(tokens, j) is not null)
            {
                return -1;
            }
        }
        return -1;
    }
}
