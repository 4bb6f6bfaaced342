using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Whose share "N منهم" is when a verb took "them" as its object through a preposition and named its own subject after
/// it: "ففتح عليهم مسلحو التنظيم النار وجرحوا أربعة منهم"، "فتصدى لهم حراس السجن وأردوا ثلاثة منهم".
/// The verb comes first and its subject (فاعل) after the pronoun joined to the preposition (لهم، عليهم، معهم; lexicon
/// objectPronounsThem), so the pronoun "هم" and the "هم" of "منهم" are the same people, the ones the doer acted on, never
/// the doer named between them, though the doer's noun stands nearest the count. The doer's side settles theirs: the
/// people ISIS shot at or attacked are its victims, whose side no word gives (unknown); the people the forces
/// confronted are ISIS's. A verb of the same doer taking them again with its subject unnamed ("واشتبكت معهم") is passed
/// over for the doer named before it. A breakdown, a segment connector ("فيما"، "بينما") or the share's own verb with its
/// doer ("وقتلت القوات أربعة منهم") between them and the count ends the reading: the share may then be of other people.
/// </summary>
internal sealed partial class FigureFinder
{
    private CasualtySide? ThemNotTheirDoerSide(TokenList tokens, Sentence s, int countFirst)
    {
        for (var j = countFirst - 1; j >= Math.Max(s.First + 1, countFirst - AssemblerLimits.ThemToShareReach); j--)
        {
            // "وقتلت القوات أربعة منهم": the share's own verb names its doer, who says whose they are.
            if (lexicon.SegmentConnectors.MatchAt(tokens, j) is not null || lexicon.BreakdownCues.MatchAt(tokens, j) is not null
                || _sides.IsDoerOfTheVerbBefore(tokens, s, j))
            {
                return null;
            }
            if (!tokens[j].IsWord || !lexicon.ObjectPronounsThem.Contains(tokens[j].Text) || !tokens[j - 1].IsWord)
            {
                continue;
            }
            // The verb before the pronoun, its subject right after it: "عليهم مسلحو التنظيم"، "لهم حراس السجن". A verb
            // whose subject is not named after it ("واشتبكت معهم حتى الفجر") goes on with the doer named before it.
            switch (DoerSideAt(tokens, s, j + 1, countFirst))
            {
                case CasualtySide.Isis:
                    return CasualtySide.Unknown;
                case CasualtySide.Security:
                    return CasualtySide.Isis;
            }
        }
        return null;
    }

    /// <summary>
    /// The side of a doer named at <paramref name="at"/>: an ISIS or forces' name, a people noun that says its side, or
    /// one that does not ("عناصر"، "مسلحو") followed by the organisation whose people they are; null when none stands there.
    /// </summary>
    private CasualtySide? DoerSideAt(TokenList tokens, Sentence s, int at, int before)
    {
        if (at >= before || !tokens[at].IsWord)
        {
            return null;
        }
        if (lexicon.IsisOrgs.MatchAt(tokens, at) is not null)
        {
            return CasualtySide.Isis;
        }
        if (lexicon.SecurityOrgs.MatchAt(tokens, at) is not null)
        {
            return CasualtySide.Security;
        }
        // "لهم قوة من الحشد": a force noun and the body it is of.
        if (lexicon.NewForceNouns.Contains(tokens[at].Text) && at + 2 < before && tokens[at + 1].Text == Particles.Min)
        {
            return lexicon.IsisOrgs.MatchAt(tokens, at + 2) is not null ? CasualtySide.Isis
                : lexicon.SecurityOrgs.MatchAt(tokens, at + 2) is not null ? CasualtySide.Security : null;
        }
        if (lexicon.Persons.MatchAt(tokens, at) is not { } person)
        {
            return null;
        }
        if (!person.Value.Ambiguous)
        {
            return person.Value.Side is CasualtySide.Isis or CasualtySide.Security ? person.Value.Side : null;
        }
        var next = person.Last + 1;
        if (next < before && tokens[next].Text == Particles.Min)
        {
            next++;
        }
        if (next >= before || next > s.Last)
        {
            return null;
        }
        return lexicon.IsisOrgs.MatchAt(tokens, next) is not null ? CasualtySide.Isis
            : lexicon.SecurityOrgs.MatchAt(tokens, next) is not null ? CasualtySide.Security : null;
    }
}
