using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// Victims counted over several incidents at once: "سقط 40 ضحية بأعمال عنف متفرقة"، "قضى سبعة وجرح عشرة بحادثين
/// منفصلين"، "موجة هجمات طالت قرى القضاء"، "مصرع 30 في أرجاء البلاد". The sentence that counts them tells a
/// plural or dual of incidents dispersed (lexicon severalIncidents: a noun of incidents with a word of dispersal after
/// it, or a series noun before it) or the whole expanse of a country, so its count is the sum of several attacks'
/// tolls, a round-up's line, no one attack's toll, whoever the attacks' doers were. A number of attacks without a word
/// of dispersal ("في أربعة تفجيرات"، "بتفجيرين انتحاريين") is one coordinated event and stays; a singular ("في حادث
/// منفصل") is one more incident and stays. ISIS's own dead are left alone: a bulletin sums its operations' kills
/// as one line. A sentence that names the day of its attacks ("أعلنت الشرطة أمس مقتل أربعة في هجمات متفرقة") tells
/// that day's toll as one, one event the text does not split (SeveralEvents.NamesTheDayOfItsAttacks). The victims leave their operation and join <see cref="ReportText.UnattributedVictims"/>, so that a
/// headline's telling of the same count goes too.
/// Input: the drafts as read; output: the drafts still counting something.
/// </summary>
internal sealed class SeveralIncidentsVictimRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        Dictionary<int, bool>? told = null;
        return DraftPass.UnattributeVictims(report, drafts, f =>
        {
            told ??= [];
            if (!told.TryGetValue(f.Sentence, out var several))
            {
                several = SeveralEvents.TellsSeveralIncidents(lexicon, report, report.Sentences[f.Sentence])
                    && !SeveralEvents.NamesTheDayOfItsAttacks(lexicon, report, report.Sentences[f.Sentence]);
                told[f.Sentence] = several;
            }
            return several && !OneSidePerIncident(drafts, f);
        });
    }

    /// <summary>
    /// "مصرع مدنيين اثنين وثلاثة من عناصر داعش بحادثتين متفرقتين": the sentence also counts ISIS's men, so its
    /// incidents may be one a side, each count one incident's toll; the victims stay.
    /// </summary>
    private static bool OneSidePerIncident(IReadOnlyList<OperationDraft> drafts, Figure victims)
    {
        foreach (var d in drafts)
        {
            foreach (var g in d.Figures)
            {
                if (g.Sentence == victims.Sentence && g.Kind == FigureKind.Casualty && g.Side == CasualtySide.Isis)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
