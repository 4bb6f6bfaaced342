using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Places;

namespace OpsTracker.Data.Seeding;

/// <summary>The one place where an <see cref="ExtractionResult"/> becomes entities.</summary>
public static class ExtractionMapper
{
    /// <summary>
    /// The report's operations and tallies as entities. A province code the catalog does not know is dropped (the place
    /// name is kept) and listed in <paramref name="unknownProvinces"/>, so a bad code can never break the foreign key.
    /// </summary>
    public static void Fill(Report report, ExtractionResult result, ProvinceCatalog provinces, ICollection<string> unknownProvinces)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(provinces);
        ArgumentNullException.ThrowIfNull(unknownProvinces);

        report.Published = result.Published;
        report.PublishedSource = result.PublishedSource;
        foreach (var op in result.Operations)
        {
            report.Operations.Add(ToOperation(op, provinces, unknownProvinces));
        }
        foreach (var t in result.Tallies)
        {
            report.Tallies.Add(ToTally(t));
        }
    }

    /// <summary>
    /// Stores the extraction's confidences on the report's operations, casualty and hideout figures and tallies, which
    /// <see cref="Fill"/> built from <paramref name="result"/> in the same order and <paramref name="db"/> now tracks
    /// (confidence is a shadow property: it needs the change tracker).
    /// </summary>
    public static void SetConfidence(OpsTrackerDbContext db, Report report, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(result);
        db.ChangeTracker.DetectChanges();
        foreach (var (operation, extracted) in report.Operations.Zip(result.Operations))
        {
            Set(db, operation, extracted.Confidence);
            foreach (var (casualty, c) in operation.Casualties.Zip(extracted.Casualties))
            {
                Set(db, casualty, c.Confidence);
            }
            foreach (var (hideout, h) in operation.Hideouts.Zip(extracted.Hideouts))
            {
                Set(db, hideout, h.Confidence);
            }
        }
        foreach (var (tally, t) in report.Tallies.Zip(result.Tallies))
        {
            Set(db, tally, t.Confidence);
        }
    }

    /// <summary>Sets a tracked entity's confidence (0..1).</summary>
    public static void Set(OpsTrackerDbContext db, object entity, double confidence)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Entry(entity).Property(Configurations.Confidence.Column).CurrentValue = Math.Clamp(confidence, 0.0, 1.0);
    }

    public static Operation ToOperation(ExtractedOperation op, ProvinceCatalog provinces, ICollection<string> unknownProvinces)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(provinces);
        ArgumentNullException.ThrowIfNull(unknownProvinces);
        string? province = null;
        if (op.Province is { Length: > 0 } code)
        {
            var known = provinces.Find(code);
            if (known is null)
            {
                unknownProvinces.Add(code);
            }
            else
            {
                province = known.Code;
            }
        }
        return new Operation
        {
            Date = op.Date,
            DatePrecision = op.DatePrecision,
            RelativeDate = op.RelativeDate,
            DateBasis = op.DateBasis,
            ProvinceCode = province,
            Place = op.Place,
            Kind = op.Kind,
            Actors = [.. op.Actors],
            Strikes = op.Strikes,
            StrikesEvidenceStart = op.StrikesEvidence?.Start,
            StrikesEvidenceEnd = op.StrikesEvidence?.End,
            StrikesEvidenceText = op.StrikesEvidence?.Text,
            Approximate = op.Approximate,
            EvidenceStart = op.Evidence.Start,
            EvidenceEnd = op.Evidence.End,
            EvidenceText = op.Evidence.Text,
            Rule = op.Rule,
            Casualties = [.. op.Casualties.Select(c => new Casualty
            {
                Category = c.Category,
                Side = c.Side,
                Count = c.Count,
                Approximate = c.Approximate,
                EvidenceStart = c.Evidence.Start,
                EvidenceEnd = c.Evidence.End,
                EvidenceText = c.Evidence.Text,
            })],
            Hideouts = [.. op.Hideouts.Select(h => new Hideout
            {
                Kind = h.Kind,
                Count = h.Count,
                Outcome = h.Outcome,
                EvidenceStart = h.Evidence.Start,
                EvidenceEnd = h.Evidence.End,
                EvidenceText = h.Evidence.Text,
            })],
        };
    }

    public static ReportedTally ToTally(ExtractedTally t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new ReportedTally
        {
            PeriodStart = t.PeriodStart,
            PeriodEnd = t.PeriodEnd,
            Scope = t.Scope,
            ReportedBy = t.ReportedBy,
            Operations = t.Operations,
            Killed = t.Killed,
            Arrested = t.Arrested,
            HideoutsDestroyed = t.HideoutsDestroyed,
            IsisAttacks = t.IsisAttacks,
            Approximate = t.Approximate,
            EvidenceStart = t.Evidence.Start,
            EvidenceEnd = t.Evidence.End,
            EvidenceText = t.Evidence.Text,
            Rule = t.Rule,
        };
    }
}
