using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "ألقت القبض على إرهابية تنتمي لتنظيم داعش"، "اعتقلت القوات امرأة تمول تنظيم داعش": the object of an arrest that no
/// other reading counted (a feminine form, a woman, a title; a people noun in the singular only) is one person when a verb or participle of
/// belonging or financing in the singular (lexicon isisTies) ties it to ISIS named right after: Arabic makes the verb
/// that follows its noun agree with it, so a singular tie says one person, and the tie says whose. Not past a number, a
/// plural people noun (its own readers count those), a noun of a group ("خلية تنتمي لداعش" is a cell, no count) or a relative
/// pronoun ("المدان والذي ينتمي لداعش" describes a man already known), nor when the sentence counted an arrest before
/// it. A force of ours right after the verb is its subject, and the object follows it.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// How many tokens after the arrest word the tie may stand: the object, and a name of up to three words in quotes
    /// ("على مطلوبة “س ع م” تنتمي"), or the subject before the object, which is skipped whole.
    /// </summary>
    private const int TiedObjectReach = 8;

    private Figure? ReadOneTiedToIsis(TokenList tokens, Sentence s, int i, List<Figure> earlier)
    {
        if (lexicon.CasualtyTriggers.MatchAt(tokens, i) is not { Value: CasualtyCategory.Arrested } trigger || trigger.Last >= s.Last
            || HasCasualtyOf(earlier, CasualtyCategory.Arrested))
        {
            return null;
        }
        for (var k = trigger.Last + 1; k <= Math.Min(s.Last - 1, trigger.Last + TiedObjectReach); k++)
        {
            var t = tokens[k];
            // "اعتقلت القوات الأمنية امرأة ...": the verb's subject, a force of ours, stands before its object.
            if (k == trigger.Last + 1 && lexicon.SecurityOrgs.MatchAt(tokens, k) is { } force && lexicon.IsisOrgs.MatchAt(tokens, k) is null)
            {
                k = force.Last;
                continue;
            }
            // "امرأة تمول ...": one person of a noun of no side of ours, whom the tie makes ISIS's.
            if (lexicon.Persons.MatchAt(tokens, k) is { Value.Number: GrammaticalNumber.Singular } one)
            {
                k = one.Last;
                continue;
            }
            // "المدان والذي ينتمي لداعش": a relative clause describes a man the report knows, no new count.
            if (t.IsSentenceBreak || t.IsNumber || numbers.ReadAt(tokens, k) is not null || lexicon.Persons.MatchAt(tokens, k) is not null || IsGroupNounAt(tokens, k)
                || t.ReadsAsOneOf(lexicon.RelativePronouns))
            {
                return null;
            }
            if (!t.IsWord)
            {
                continue;
            }
            if (k > trigger.Last + 1 && t.ReadsAsOneOf(lexicon.IsisTies) && IsisNamedAt(tokens, s, k + 1))
            {
                return new Figure
                {
                    Kind = FigureKind.Casualty, Category = CasualtyCategory.Arrested, Side = CasualtySide.Isis, SideExplicit = true, Count = 1, Implicit = true,
                    First = i, Last = k - 1, Sentence = s.Index, Rule = "arrest-tied-to-isis",
                };
            }
        }
        return null;
    }

    /// <summary>ISIS is named at <paramref name="j"/>, or after one preposition there ("إلى تنظيم داعش", "في داعش"): the normaliser spells إلى as <see cref="Particles.Ila"/>.</summary>
    private bool IsisNamedAt(TokenList tokens, Sentence s, int j) =>
        j <= s.Last && (lexicon.IsisOrgs.MatchAt(tokens, j) is not null
            || (j + 1 <= s.Last && tokens[j].Text is Particles.Ila or Particles.Fi && lexicon.IsisOrgs.MatchAt(tokens, j + 1) is not null));
}
