using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Whose men, by the possessive pronoun: "أعلن الحشد الشعبي إصابة عنصرين من قواته"، "نعت الوزارة مقتل ثلاثة من
/// منتسبيها"، "أقر التنظيم بمقتل خمسة من عناصره". A count followed by "من" and a noun of a body's men carrying an
/// attached pronoun (lexicon ownersMen.nouns, read without the pronoun) counts the men of whoever the pronoun refers
/// to. Under a verbal noun of loss (lexicon ownersMen.lossNouns: مقتل، استشهاد، إصابة، خسارة) the loss is the one
/// the sentence's subject tells of its own, so the pronoun refers to the nearest body the sentence names before it:
/// when that is a force of ours, its men are ours, whatever the counted noun is ("عنصر" alone would be ISIS's); when it
/// is ISIS ("ضربة إلى داعش أسفرت عن مقتل 14 من عناصره"), the noun's own side stands. A finite verb ("وقتلت 39 من عناصره") has its doer for subject and the pronoun refers to its object's owner,
/// so no verbal noun, no reading; unless a preposition with a pronoun of the event follows it ("الهجوم الذي قتل فيه
/// أحد عناصرها"): that verb is passive, with no doer. The count in construct with the men ("أحد عناصرها") is read as
/// "من" would be. Read by <see cref="CasualtySides"/>. Holds only the lexicon: safe to share.
/// </summary>
internal sealed class OwnersMen(ExtractionLexicon lexicon)
{
    /// <summary>
    /// The side of the men the pronoun after "من" refers to, or null when the count is not told so or no body is named
    /// before it. A cheap test first: the word "من" right after the counted noun or right before it.
    /// </summary>
    internal CasualtySide? OwnersMenSide(TokenList tokens, Sentence s, int first, int headLast)
    {
        // "عنصرين من قواته": the men after the counted noun; "اثنين من أفراده": the men are the count's own noun.
        // "أحد عناصرها": the count in construct with the men, its noun right after it, the men are the noun itself.
        var men = headLast + 2 <= s.Last && tokens[headLast + 1].Text == Particles.Min ? headLast + 2
            : headLast - 1 >= s.First && tokens[headLast - 1].Text == Particles.Min ? headLast
            : headLast == first + 1 ? headLast : -1;
        if (men < 0 || !tokens[men].IsWord || !CarriesPossessive(tokens[men], lexicon.OwnersMenNouns))
        {
            return null;
        }
        // The verbal noun is the figure's trigger ("إصابة عنصرين") or stands right before its count ("مقتل ثلاثة").
        var governor = IsLossNoun(tokens[first]) ? first : first - 1 >= s.First && IsLossNoun(tokens[first - 1]) ? first - 1
            : LossVerbWithItsPlace(tokens, s, first);
        if (governor < 0)
        {
            return null;
        }
        // The nearest body named before the verbal noun: "وجه التحالف ضربة إلى داعش أسفرت عن مقتل 14 من عناصره" is
        // ISIS's men, whoever opens the sentence; ISIS's men need no reading here (their noun says so already).
        for (var j = governor - 1; j >= s.First; j--)
        {
            if (!tokens[j].IsWord)
            {
                continue;
            }
            if (lexicon.IsisOrgs.MatchAt(tokens, j) is not null || lexicon.IsisAgent.MatchAt(tokens, j) is not null)
            {
                return null;
            }
            if (lexicon.SecurityOrgs.MatchAt(tokens, j) is not null || lexicon.Reporters.MatchAt(tokens, j) is not null)
            {
                return CasualtySide.Security;
            }
        }
        return null;
    }

    /// <summary>
    /// "الهجوم الذي قتل فيه أحد عناصرها": a verb of loss followed by a preposition whose pronoun refers back to the
    /// event (lexicon ownersMen.resumptivePlaces: فيه، خلاله) tells, in the passive, what befell people in it; it has no
    /// doer among the words before it, so, like a verbal noun of loss, it lets the pronoun refer to the nearest body
    /// named before it. The verb's index, or -1.
    /// </summary>
    private int LossVerbWithItsPlace(TokenList tokens, Sentence s, int first)
    {
        var place = first - 1;
        return place - 1 >= s.First && tokens[place].IsWord && lexicon.OwnersResumptivePlaces.Contains(tokens[place].Text)
            && lexicon.CasualtyTriggers.MatchAt(tokens, place - 1) is { } verb && verb.Last == place - 1 ? place - 1 : -1;
    }

    private bool IsLossNoun(Token word) => word.IsWord && word.Stems.AnyIn(lexicon.OwnersLossNouns);

    /// <summary>The third person's attached pronouns, longest first.</summary>
    private static readonly string[] ThirdPersonPossessives = ["هما", "ها", "هم", "ه"];

    /// <summary>
    /// "قواته"، "منتسبيها"، "عناصرهم": a noun of <paramref name="nouns"/> with a third person's attached pronoun, the
    /// noun read as written before it or, for a sound plural, with its "ن" back (<see cref="Token.SuffixReadings"/>).
    /// </summary>
    private static bool CarriesPossessive(Token word, SignedWordSet nouns)
    {
        foreach (var p in ThirdPersonPossessives)
        {
            if (word.Text.Length > p.Length + 2 && word.Text.EndsWith(p, StringComparison.Ordinal))
            {
                return nouns.Contains(word.Text[..^p.Length]) || word.SuffixReadings.AnyIn(nouns);
            }
        }
        return false;
    }
}
