using System.Text.Json;
using OpsTracker.Core.Domain;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// How far a figure, an operation or a tally can be trusted, from how it was read: the measured precision of the rule
/// that read each figure, lowered when its side was guessed from context or is unknown, when it is approximate or a
/// correction, and, for a record, when its province, date, period or authority was not told with it. The numbers live
/// in confidence.json (measured on the tuning split; see its "about"). Immutable once loaded: safe to share.
/// </summary>
internal sealed class ConfidenceModel
{
    private static readonly Lazy<ConfidenceModel> Lazy = new(() => new ConfidenceModel(EmbeddedData.Open("confidence.json")));

    private readonly Dictionary<string, double> _rules = new(StringComparer.Ordinal);
    private readonly double _unmeasuredRule;
    private readonly double _sideFromContext;
    private readonly double _sideUnknown;
    private readonly double _approximate;
    private readonly double _correction;
    private readonly double _provinceInherited;
    private readonly double _provinceUnknown;
    private readonly double _dateNotOwn;
    private readonly double _figurelessOperation;
    private readonly double _tallyPeriodInherited;
    private readonly double _tallyPeriodUnknown;
    private readonly double _tallyGenericAuthority;

    public ConfidenceModel(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        foreach (var rule in root.GetProperty("rules").EnumerateObject())
        {
            _rules[rule.Name] = rule.Value.GetDouble();
        }
        _unmeasuredRule = root.GetProperty("unmeasuredRule").GetDouble();
        var f = root.GetProperty("factors");
        _sideFromContext = f.GetProperty("sideFromContext").GetDouble();
        _sideUnknown = f.GetProperty("sideUnknown").GetDouble();
        _approximate = f.GetProperty("approximate").GetDouble();
        _correction = f.GetProperty("correction").GetDouble();
        _provinceInherited = f.GetProperty("provinceInherited").GetDouble();
        _provinceUnknown = f.GetProperty("provinceUnknown").GetDouble();
        _dateNotOwn = f.GetProperty("dateNotOwn").GetDouble();
        _figurelessOperation = f.GetProperty("figurelessOperation").GetDouble();
        _tallyPeriodInherited = f.GetProperty("tallyPeriodInherited").GetDouble();
        _tallyPeriodUnknown = f.GetProperty("tallyPeriodUnknown").GetDouble();
        _tallyGenericAuthority = f.GetProperty("tallyGenericAuthority").GetDouble();
    }

    public static ConfidenceModel Default => Lazy.Value;

    public double OfFigure(Figure figure)
    {
        var c = _rules.GetValueOrDefault(figure.Rule, _unmeasuredRule);
        if (figure.Kind == FigureKind.Casualty)
        {
            c *= figure.Side == CasualtySide.Unknown ? _sideUnknown : figure.SideExplicit ? 1.0 : _sideFromContext;
        }
        c *= figure.Approximate ? _approximate : 1.0;
        c *= figure.Correction ? _correction : 1.0;
        return Clamp(c);
    }

    public double OfOperation(OperationDraft draft, IEnumerable<Figure> figures)
    {
        var least = figures.Select(OfFigure).DefaultIfEmpty(_figurelessOperation).Min();
        var place = draft.Province is null ? _provinceUnknown : draft.ProvinceOwn ? 1.0 : _provinceInherited;
        var date = draft.DateOwn ? 1.0 : _dateNotOwn;
        return Clamp(least * place * date);
    }

    public double OfTally(TallyDraft tally, bool genericAuthority)
    {
        var mean = tally.Figures.Select(OfFigure).DefaultIfEmpty(_unmeasuredRule).Average();
        var period = tally.PeriodStart is null && tally.PeriodEnd is null ? _tallyPeriodUnknown : tally.HasOwnPeriod ? 1.0 : _tallyPeriodInherited;
        return Clamp(mean * period * (genericAuthority ? _tallyGenericAuthority : 1.0));
    }

    private static double Clamp(double c) => Math.Clamp(c, 0.0, 1.0);
}
