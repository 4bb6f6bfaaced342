using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// Victims ISIS itself tells of: "وورد في بيان لداعش أن عشرات الجنود سقطوا"، "وأعلن داعش مسؤوليته عبر
/// معرفاته مدعيا أن مقاتليه أردوا ستة جنود"، "وأوردت وكالة أعماق أن التفجير أوقع 40 قتيلا". The complementiser nearest before
/// the count opens what ISIS said (lexicon isisSpeech: the nearest verb of telling before it has an ISIS name as its
/// subject, a noun of a statement or an outlet before it has an ISIS name as its owner, or ISIS's agency is named):
/// the count is the group's propaganda about its own attack, which the report's own sources give otherwise or not at
/// all, so it is no toll. The nearest verb of telling decides: "قال مصدر أمني إن" after an ISIS statement is a
/// source's telling and keeps its victims; so does a segment connector between the complementiser and the count
/// ("في حين"، "فيما", lexicon segmentConnectors), which opens the narrator's telling of another event. ISIS's own dead are left alone.
/// Input: the drafts as read; output: the drafts still counting something.
/// </summary>
internal sealed class IsisSpeechVictimRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    /// <summary>
    /// How many words before the complementiser the speaker may be named: ISIS named as the subject of a verb of
    /// claiming, then the thing claimed, the statement and the platform it went out on, a comma and a participle of
    /// saying, may stand twelve words before it.
    /// </summary>
    private const int SpeakerReach = 14;

    /// <summary>"إصدار مرئي جديد تابع للتنظيم": a statement's ISIS owner within five words after the noun.</summary>
    private const int OwnerReach = 5;

    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        return DraftPass.UnattributeVictims(report, drafts, f => IsisSaysIt(report.Tokens, report.Sentences[f.Sentence], f.First));
    }

    /// <summary>The complementiser nearest before the count opens a statement whose speaker is ISIS.</summary>
    private bool IsisSaysIt(TokenList tokens, Sentence s, int figureFirst)
    {
        var opener = -1;
        for (var j = figureFirst - 1; j >= s.First; j--)
        {
            if (tokens[j].IsWord && lexicon.SpeechComplementisers.Contains(tokens[j].Text))
            {
                opener = j;
                break;
            }
            if (lexicon.SegmentConnectors.MatchAt(tokens, j) is not null)
            {
                // "نقلت أعماق أن مقاتليه فجروا عبوة ...، في حين سقط أربعة شرطيين بهجوم آخر": the connector opens the
                // narrator's own telling of another event.
                return false;
            }
        }
        if (opener < 0)
        {
            return false;
        }
        for (var k = opener - 1; k >= Math.Max(s.First, opener - SpeakerReach); k--)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                continue;
            }
            var readings = t.Readings;
            if (readings.AnyIn(lexicon.IsisAgencies))
            {
                return true;
            }
            if (readings.AnyIn(lexicon.IsisSpeechVerbs))
            {
                // The nearest verb of telling names the speaker: ISIS right after it, or someone else.
                return k + 1 <= s.Last && lexicon.IsisOrgs.MatchAt(tokens, k + 1) is not null;
            }
            if (readings.AnyIn(lexicon.IsisSpeechNouns) && OwnedByIsis(tokens, k, opener))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "بيان التنظيم"، "بيان لداعش"، "تسجيل صوتي تابع للتنظيم": an ISIS name right after the noun, or one with the
    /// possessive lam within <see cref="OwnerReach"/> words, before any clause break.
    /// </summary>
    private bool OwnedByIsis(TokenList tokens, int noun, int opener)
    {
        // Only before the complementiser: what follows it is what was said, not who said it.
        for (var k = noun + 1; k < Math.Min(opener, noun + OwnerReach + 1); k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }
            if (lexicon.IsisOrgs.MatchAt(tokens, k) is not null && (k == noun + 1 || tokens[k].Text.StartsWith('ل')))
            {
                return true;
            }
        }
        return false;
    }
}
