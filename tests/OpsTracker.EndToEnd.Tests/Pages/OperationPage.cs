using Microsoft.Playwright;

namespace OpsTracker.EndToEnd.Tests.Pages;

/// <summary>One operation: its fields and its report's text with the evidence marked.</summary>
public sealed class OperationPage(IPage page) : DashboardPage(page)
{
    public ILocator ReportText => Page.GetByTestId("report-text");

    public ILocator Evidence => Page.GetByTestId("evidence");

    /// <summary>True when the element is inside the viewport of its scrolling container and the window.</summary>
    public Task<bool> EvidenceIsInViewAsync() => Evidence.EvaluateAsync<bool>("""
        el => {
            const r = el.getBoundingClientRect();
            const box = el.closest('.report-text-scroll').getBoundingClientRect();
            return r.bottom > box.top && r.top < box.bottom && r.top < window.innerHeight && r.bottom > 0;
        }
        """);
}
