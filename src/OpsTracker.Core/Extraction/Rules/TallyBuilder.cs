namespace OpsTracker.Core.Extraction.Rules;

/// <summary>A merged tally draft as the contract's tally, with its evidence and confidence.</summary>
internal static class TallyBuilder
{
    public static ExtractedTally Build(ReportText report, TallyDraft t)
    {
        int? Field(string name) => TallyFigures.CountOf(t.Figures, name);
        var tally = new ExtractedTally
        {
            PeriodStart = t.PeriodStart,
            PeriodEnd = t.PeriodEnd,
            Scope = t.Scope.Count == 0 ? "IQ" : t.Scope[0],
            ReportedBy = t.ReportedBy,
            Operations = Field(TallyFigures.Operations),
            Killed = Field(TallyFigures.Killed),
            Arrested = Field(TallyFigures.Arrested),
            HideoutsDestroyed = Field(TallyFigures.HideoutsDestroyed),
            IsisAttacks = Field(TallyFigures.IsisAttacks),
            Approximate = t.Figures.Any(f => f.Approximate),
            Evidence = report.Text.EvidenceFor(t.EvidenceStart, t.EvidenceEnd),
            Rule = "tally:" + string.Join('+', t.Figures.Select(f => f.Rule).Distinct()),
            Confidence = ConfidenceModel.Default.OfTally(t, t.ReportedBy == TallyAnnouncer.GenericAuthority),
        };
        tally.ScopeProvinces.AddRange(t.Scope);
        return tally;
    }
}
