using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Whose dead, by the construction of the clause rather than the noun: the partitive "منهم" after the counted noun,
/// "N آخرين" after a man of ours, the people a doer inflicts losses on, "في صفوف X"; a force bound to the noun by the
/// construct state, a detached ب or quotation marks.
/// </summary>
internal sealed partial class CasualtySides
{
    /// <summary>
    /// The side the clause's construction gives people whose noun says none, or null when it gives none. Asked only
    /// of a noun of either side whose side no word after it named (a cheap test first: the token after the head, or an
    /// inflicting verb just before the count).
    /// </summary>
    internal CasualtySide? SideByConstruction(TokenList tokens, Sentence s, CountExpression count, int headLast, CasualtyCategory category, List<Figure> earlier)
    {
        var next = headLast + 1 <= s.Last ? tokens[headLast + 1] : null;
        // "مقتل 22 عنصرا منهم": "of them" after the noun points back to the people last named before the count.
        if (IsPartitiveAfter(tokens, s, headLast) && ReferentSide(tokens, s, count.FirstToken) is { } referent and not CasualtySide.Unknown)
        {
            return referent;
        }
        // "استشهاد قائد اللواء ... و16 مقاتلا آخرين": people counted as "others" beside a man just counted are of his
        // side, when the sentence told his (a martyr, a soldier); never ISIS's by default.
        if (category != CasualtyCategory.Arrested && next is { IsWord: true } && lexicon.Others.MatchAt(tokens, headLast + 1) is not null
            && earlier.LastOrDefault(f => f.Kind == FigureKind.Casualty && f.Sentence == s.Index) is { Side: CasualtySide.Security or CasualtySide.Civilian } own)
        {
            return own.Side;
        }
        return InflicterSide(tokens, s, count.FirstToken) switch
        {
            CasualtySide.Isis => IsGenericPeople(tokens, count.FirstToken, headLast) || NamesCivilianTarget(tokens, s) ? CasualtySide.Civilian : CasualtySide.Security,
            CasualtySide.Security => CasualtySide.Isis,
            _ => null,
        };
    }

    /// <summary>
    /// "22 عنصرا منهم": the partitive pronoun (منهم، منهما، منهن of lexicon ofThem) right after the counted noun and not
    /// opening a breakdown ("10 أشخاص منهم 3 أطفال", "بينهم عنصران": among them, not of them).
    /// </summary>
    private bool IsPartitiveAfter(TokenList tokens, Sentence s, int headLast)
    {
        var at = headLast + 1;
        if (at > s.Last || !tokens[at].IsWord || !tokens[at].Text.StartsWith("منه", StringComparison.Ordinal)
            || lexicon.OfThem.MatchAt(tokens, at) is not { } ofThem || ofThem.First != at)
        {
            return false;
        }
        var after = ofThem.Last + 1;
        return after > s.Last || !(tokens[after].IsNumber || lexicon.Persons.MatchAt(tokens, after) is not null || lexicon.CategoryNouns.MatchAt(tokens, after) is not null
            || numbers.ReadAt(tokens, after) is not null);
    }

    /// <summary>How many words an inflicting verb may stand before the count it inflicts ("أوقع مسلحو داعش خمسة قتلى": its doer between).</summary>
    private const int InflictReach = 3;

    /// <summary>
    /// How many tokens into its sentence the doer of a headline's verbs may stand ("عاجل: «داعش» ينصب كمينا ... ويوقع
    /// خمسة قتلى"): a tag and quotation marks before the name, no more.
    /// </summary>
    private const int OpeningSubjectReach = 4;

    /// <summary>
    /// "داعش ... يوقع خمسة قتلى", "أوقعت القوات 20 قتيلا": a verb of inflicting losses (lexicon inflictVerbs) says its
    /// doer did the killing, so the people counted as its object are the other side's. The doer is the name right after
    /// the verb (verb first), else the name that opens the sentence (a headline's subject, shared by the verbs joined
    /// to it by "و"). Null when no such verb stands just before the count or no doer is named.
    /// </summary>
    private CasualtySide? InflicterSide(TokenList tokens, Sentence s, int countFirst)
    {
        for (var j = countFirst - 1; j >= Math.Max(s.First, countFirst - InflictReach); j--)
        {
            if (tokens[j].IsClauseBreak)
            {
                return null;
            }
            if (lexicon.InflictVerbs.MatchAt(tokens, j) is not { } verb || verb.Last >= countFirst)
            {
                continue;
            }
            // "أوقع مسلحو داعش خمسة قتلى": the doer right after the verb, by its name or a noun only ISIS's people bear.
            if (verb.Last + 1 < countFirst && (OrganisationSide(tokens, verb.Last + 1)
                    ?? (lexicon.Persons.MatchAt(tokens, verb.Last + 1) is { Value: { Ambiguous: false } doer } ? doer.Side : null)) is { } after)
            {
                return after;
            }
            for (var k = s.First; k <= Math.Min(j - 1, s.First + OpeningSubjectReach); k++)
            {
                if (OrganisationSide(tokens, k) is { } opening)
                {
                    // "وأعلنت الشرطة أن الهجوم أوقع 32 قتيلا": the name that opens the sentence is the speaker, and the
                    // verb belongs to the words he reports, whose own subject follows "أن".
                    return ReportedClauseBetween(tokens, k, j) ? null : opening;
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// A bare complementiser of reported speech (lexicon speechComplementisers: إن، أن، بأن) stands after the name at
    /// <paramref name="name"/> and before the verb at <paramref name="verb"/>: the verb is in the clause the name's
    /// speaker reports, and its subject is that clause's own noun. Not one with a pronoun ("وقال التنظيم إنه أوقع"): the
    /// pronoun is the speaker, who stays the doer.
    /// </summary>
    private bool ReportedClauseBetween(TokenList tokens, int name, int verb)
    {
        for (var k = name + 1; k < verb; k++)
        {
            if (tokens[k].IsWord && lexicon.SpeechComplementisers.Contains(tokens[k].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>ISIS or the forces when the token starts a name of either (lexicon isisOrgs, securityOrgs).</summary>
    internal CasualtySide? OrganisationSide(TokenList tokens, int j) =>
        !tokens[j].IsWord ? null
        : lexicon.IsisOrgs.MatchAt(tokens, j) is not null ? CasualtySide.Isis
        : lexicon.SecurityOrgs.MatchAt(tokens, j) is not null ? CasualtySide.Security : null;

    /// <summary>
    /// "أربعة جرحى في صفوف المدنيين": the ranks word (lexicon ranksNouns) after "في" or "من" stands before
    /// the people or the force whose ranks were hit; past it to them, else <paramref name="j"/> itself.
    /// </summary>
    private int PastRanksWord(TokenList tokens, Sentence s, int j) =>
        j <= s.Last && lexicon.RanksNouns.MatchAt(tokens, j) is { } ranks && ranks.Last + 1 <= s.Last ? ranks.Last + 1 : j;

    /// <summary>How many words after a man's noun the force he belongs to may be named (past one adjective: "القيادي البارز بالحشد").</summary>
    private const int MembershipReach = 2;

    /// <summary>
    /// "قيادي بالحشد"، "القيادي البارز في الحشد الشعبي"، 'قياديا كبيرا بـ"الحشد"': a man a noun of ISIS's alone would
    /// name (a leader) belongs to the force named after "في" or "ب" right after him (past one adjective), so he is the
    /// forces' man; a leader of ISIS is never told as one "in" a force of ours.
    /// </summary>
    private bool MemberOfAForce(TokenList tokens, Sentence s, PersonNoun noun, int headLast)
    {
        if (noun.Side != CasualtySide.Isis || noun.Number != GrammaticalNumber.Singular)
        {
            return false;
        }
        for (var j = headLast + 1; j <= Math.Min(s.Last, headLast + MembershipReach); j++)
        {
            if (!tokens[j].IsWord)
            {
                return false;
            }
            if (tokens[j].Text == Particles.Fi || IsDetachedBi(tokens, s, j))
            {
                var org = QuoteMarks.SkipQuotes(tokens, j + 1, s);
                return org <= s.Last && IsForceOfOursAt(tokens, org);
            }
            if (tokens[j].Text.StartsWith('ب') && IsForceOfOursAt(tokens, j))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "1200 من مسلحي البيشمركة قتلوا", "مقاتلي العشائر": a plural in the construct state (it ends in ي and has no
    /// article of its own) right before a force's name belongs to that force, whatever side the noun alone would
    /// have; the Peshmerga's or the tribes' gunmen are the forces, not ISIS.
    /// </summary>
    private bool ForceInConstruct(TokenList tokens, Sentence s, PersonNoun noun, int headLast)
    {
        if (noun.Side != CasualtySide.Isis || noun.Number != GrammaticalNumber.Plural || !tokens[headLast].Text.EndsWith('ي') || Article.Begins(tokens[headLast].Text))
        {
            return false;
        }
        var j = QuoteMarks.SkipQuotes(tokens, headLast + 1, s);
        return j <= s.Last && IsForceOfOursAt(tokens, j);
    }

    /// <summary>A name of one of our forces starts at <paramref name="j"/> (lexicon securityOrgs), and no name of ISIS's does.</summary>
    private bool IsForceOfOursAt(TokenList tokens, int j) =>
        lexicon.SecurityOrgs.MatchAt(tokens, j) is not null && lexicon.IsisOrgs.MatchAt(tokens, j) is null;

    /// <summary>
    /// 'عنصرين بـ"الحشد"': the preposition ب written apart (its tatweel dropped) right before a quotation mark, as "في"
    /// would stand before the force the people belong to.
    /// </summary>
    private static bool IsDetachedBi(TokenList tokens, Sentence s, int j) =>
        tokens[j].Text == Particles.Bi && j + 1 <= s.Last && tokens[j + 1].Text == "\"";

    // A force's name told in quotation marks right after a people noun ('سقط ثلاثة من عناصر “الحشد الشعبي”'، 'عناصر «البيشمركة»'):
    // the quoted name says whose the people are, as it does without the marks; it is no title to skip (AfterQuotedTitle).
    /// <summary>Whether a quotation mark right after the noun at <paramref name="headLast"/> opens a force's name (lexicon securityOrgs).</summary>
    private bool ForceNamedInQuotes(TokenList tokens, Sentence s, int headLast)
    {
        var open = headLast + 1;
        return open + 1 <= s.Last && tokens[open].Text == "\"" && lexicon.SecurityOrgs.MatchAt(tokens, open + 1) is not null;
    }

    /// <summary>
    /// The words right after <paramref name="last"/> name a force or ISIS, in construct ("عناصر الجيش") or after a
    /// preposition ("من الحشد"، "في الشرطة"), so they say whose the people before them are.
    /// </summary>
    internal bool ForceNamedAfter(TokenList tokens, Sentence s, int last)
    {
        var j = last + 1;
        if (j <= s.Last && tokens[j].IsWord && lexicon.ForceAfterNounPrepositions.Contains(tokens[j].Text))
        {
            j = QuoteMarks.SkipQuotes(tokens, j + 1, s);
        }
        return j <= s.Last && OrganisationSide(tokens, j) is not null;
    }
}
