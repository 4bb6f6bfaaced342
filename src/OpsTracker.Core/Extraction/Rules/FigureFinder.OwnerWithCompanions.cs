using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "قتل قائد الكتيبة و5 من مساعديه" = 6, "قتل مع أحد مرافقيه" = 2, "مقتل الوالي إضافة إلى ثلاثة مقاتلين آخرين" = 4:
/// a count of a man's own companions ("من مساعديه", the pronoun his) or of others ("آخرين", others than he), joined to
/// him by "و", "مع"/"برفقة" or an additive phrase ("إلى جانب" too), counts him too when nothing in the sentence counted him: the
/// man is named, not numbered, and the news counts him with them.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// The joined count of <paramref name="figure"/>, read from <paramref name="count"/>: one more, and marked as
    /// including the named man (whose own telling elsewhere ImplicitFigureAbsorption then absorbs), when it counts his
    /// companions or others, a joiner stands right before it, a word (his name or title, no trigger) right before the
    /// joiner, or his own verb in the singular with him told before it (<see cref="HisVerbEndsAt"/>; then a plain count
    /// after an additive joiner too), and no casualty figure of the sentence came before it (that figure counted him,
    /// or the count is its).
    /// </summary>
    private void CountTheOwner(TokenList tokens, Sentence s, CountExpression count, Figure figure, List<Figure> earlier)
    {
        if (figure.Kind != FigureKind.Casualty || figure.Breakdown || figure.IncludesNamedMan || count.FirstToken - 2 < s.First)
        {
            return;
        }
        var companions = lexicon.Companions.MatchAt(tokens, figure.Last) is { Value: false } c && c.Last == figure.Last;
        var others = !companions && (lexicon.Others.MatchAt(tokens, figure.Last) is not null
            || (figure.Last + 1 <= s.Last && lexicon.Others.MatchAt(tokens, figure.Last + 1) is not null));
        var ofTheirKind = companions || others || JoinedToOneOfTheirKind(tokens, s, count, figure);
        var joiner = JoinerBefore(tokens, s, count.FirstToken);
        var owner = joiner - 1;
        if (joiner > count.FirstToken || owner < s.First || !tokens[owner].IsWord
            || CountedBefore(tokens, earlier, owner))
        {
            return;
        }
        // "قتل الوالي مع ثلاثة من مساعديه": the man is the word before the joiner, and the count his companions or
        // others. "قتل فلان ... ، قتل مع اثنين من معاونيه"، "قتل آمر السرية إلى جانب أربعة من مقاتليه": the man's own verb
        // stands there, the man its subject told before it (FigureFinder.HisVerbEndsAt).
        var hisVerb = HisVerbEndsAt(tokens, s, owner, figure);
        if (hisVerb ? !ofTheirKind && !PlainCountBesideHim(tokens, s, joiner, count, figure)
            : !ofTheirKind || lexicon.CasualtyTriggers.MatchAt(tokens, owner) is not null)
        {
            return;
        }
        figure.Count += 1;
        figure.IncludesNamedMan = true;
    }

    /// <summary>
    /// Whether a casualty figure before the count counted the man at <paramref name="owner"/>: no connector to another
    /// event's clause stands between them. A loop: as a query its closure was made at every call, most of which return
    /// before they ask it.
    /// </summary>
    private bool CountedBefore(TokenList tokens, List<Figure> earlier, int owner)
    {
        foreach (var f in earlier)
        {
            if (f.Kind == FigureKind.Casualty && !ConnectorBetween(tokens, f.Last, owner))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a connector that opens another event's clause (lexicon segmentConnectors: "فيما"، "بينما"، "في حين")
    /// stands between <paramref name="from"/> and <paramref name="to"/>: "قتل 18 عنصرا بقصف جوي، فيما قتلت قوة
    /// أخرى قائدا مع أربعة من مرافقيه" counts the 18 in one event and the man with his four in another, so the
    /// earlier count did not count him. Asked only of a count of companions with a casualty figure before it.
    /// </summary>
    private bool ConnectorBetween(TokenList tokens, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (tokens[i].IsWord && lexicon.SegmentConnectors.MatchAt(tokens, i, allowArticleOnFirst: false) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many words the longest joiner has ("بالإضافة إلى" as the press spaces it).</summary>
    private const int LongestJoiner = 3;

    /// <summary>
    /// The first token of what joins a count to a man before it: "و" ("و5"، or on the count's word, "وخمسة"), "مع" or
    /// "برفقة" (lexicon companionWith), an additive phrase ("إضافة إلى"، "فضلا عن": lexicon additiveOne connectors).
    /// The count's own first token when it carries the و; <paramref name="countFirst"/> + 1 (no joiner) otherwise.
    /// </summary>
    private int JoinerBefore(TokenList tokens, Sentence s, int countFirst)
    {
        if (_singulars.CarriesWa(tokens, s, countFirst))
        {
            return countFirst;
        }
        if (tokens[countFirst - 1].Text == Particles.Wa)
        {
            return countFirst - 1;
        }
        for (var start = countFirst - 1; start >= Math.Max(s.First, countFirst - LongestJoiner); start--)
        {
            if ((lexicon.CompanionWith.MatchAt(tokens, start) ?? lexicon.AdditiveConnectors.MatchAt(tokens, start) ?? lexicon.CountJoiners.MatchAt(tokens, start)) is { } m
                && m.Last == countFirst - 1)
            {
                return start;
            }
        }
        return countFirst + 1;
    }
}
