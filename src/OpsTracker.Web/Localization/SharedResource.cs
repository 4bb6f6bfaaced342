namespace OpsTracker.Web.Localization;

/// <summary>
/// The dashboard's UI strings: <c>IStringLocalizer&lt;SharedResource&gt;</c>, keyed by the English text, translated in
/// SharedResource.ar.resx. A key without a translation shows in English.
/// </summary>
public sealed class SharedResource;
