using OpsTracker.Core.Domain;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>A draft that stands after the merging passes as the contract's operation(s), with evidence and confidence.</summary>
internal static class OperationBuilder
{
    /// <summary>
    /// One clause that hits both sides ("قتل اثنان من البيشمركة ... وقتل أربعة من عناصر التنظيم") is two events: the
    /// attack or clash with its victims, and the ISIS side of the same clash.
    /// </summary>
    public static IEnumerable<ExtractedOperation> Build(ReportText report, OperationDraft d)
    {
        var live = d.Live.ToList();
        var victims = live.Where(f => f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis).ToList();
        var isis = live.Where(f => f.Kind == FigureKind.Casualty && f.Side == CasualtySide.Isis).ToList();
        if (victims.Count == 0 || isis.Count == 0)
        {
            yield return BuildOne(report, d);
            yield break;
        }
        var attack = Copy(d, victims, d.Kind == OperationKind.Clash ? OperationKind.Clash : OperationKind.IsisAttack);
        var ownSide = Copy(d, live.Except(victims), OperationKind.Clash);
        yield return BuildOne(report, attack);
        yield return BuildOne(report, ownSide);
    }

    private static OperationDraft Copy(OperationDraft d, IEnumerable<Figure> figures, OperationKind kind)
    {
        var copy = new OperationDraft
        {
            Clause = d.Clause, Province = d.Province, ProvinceOwn = d.ProvinceOwn, Place = d.Place, Date = d.Date, DateOwn = d.DateOwn, DateFromAnnouncement = d.DateFromAnnouncement,
            Kind = kind, EvidenceStart = d.EvidenceStart, EvidenceEnd = d.EvidenceEnd, Rule = d.Rule + "+split-by-side",
        };
        copy.Figures.AddRange(figures);
        copy.Actors.AddRange(d.Actors);
        return copy;
    }

    private static ExtractedOperation BuildOne(ReportText report, OperationDraft d)
    {
        var op = new ExtractedOperation
        {
            Province = d.Province,
            Place = d.Place,
            Kind = d.Kind,
            Evidence = report.Text.EvidenceFor(d.EvidenceStart, d.EvidenceEnd),
            Rule = d.Rule,
        };
        if (d.Date is { } date)
        {
            op.Date = date.Date;
            op.DatePrecision = date.Date is null ? DatePrecision.Unknown : date.Precision;
            op.RelativeDate = date.Date is null ? report.Text.EvidenceFor(date.Start, date.End).Text : null;
            op.DateBasis = d.DateFromAnnouncement ? DateBasis.Announcement : DateBasis.Stated;
        }
        op.Actors.AddRange(d.Actors);
        op.Confidence = ConfidenceModel.Default.OfOperation(d, d.Live);
        foreach (var f in d.Live.OrderBy(f => f.First))
        {
            var evidence = report.Text.EvidenceFor(report.Tokens[f.First].Start, report.Tokens[f.Last].End);
            switch (f.Kind)
            {
                case FigureKind.Casualty:
                    op.Casualties.Add(new ExtractedCasualty(f.Side, f.Category, f.Count, f.Approximate, evidence, f.Rule, ConfidenceModel.Default.OfFigure(f)));
                    break;
                case FigureKind.Hideout:
                    op.Hideouts.Add(new ExtractedHideout(f.HideoutKind, f.Count, f.Outcome, evidence, f.Rule, f.Approximate, ConfidenceModel.Default.OfFigure(f)));
                    break;
                case FigureKind.Strikes:
                    op.Strikes = (op.Strikes ?? 0) + f.Count;
                    op.StrikesApproximate |= f.Approximate;
                    break;
                default:
                    break;
            }
        }
        op.StrikesEvidence = StrikesEvidence(report, d.Live);
        return op;
    }

    /// <summary>One span from the first strike figure's first token to the last one's last token; null without strikes.</summary>
    private static Evidence? StrikesEvidence(ReportText report, IEnumerable<Figure> live)
    {
        var strikes = live.Where(f => f.Kind == FigureKind.Strikes).ToList();
        return strikes.Count == 0
            ? null
            : report.Text.EvidenceFor(report.Tokens[strikes.Min(f => f.First)].Start, report.Tokens[strikes.Max(f => f.Last)].End);
    }
}
