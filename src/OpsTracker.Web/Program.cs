using System.Text.Encodings.Web;
using System.Text.Unicode;
using MudBlazor.Services;
using OpsTracker.Data;
using OpsTracker.Web.Components;
using OpsTracker.Web.Endpoints;
using OpsTracker.Web.Hosting;
using OpsTracker.Web.Localization;

var builder = WebApplication.CreateBuilder(args);

builder.AddOpsTrackerLogging();
builder.Services.AddOpsTrackerData(builder.Configuration);
builder.Services.AddOpsTrackerSeeding(builder.Configuration);
builder.AddDatabaseResilience();
// After the database's start-up service, so that the first admin is created once the schema is migrated.
builder.AddAccounts();
builder.Services.AddOpsTrackerHealthChecks();
builder.Services.AddOpsTrackerApi();
builder.Services.AddOpsTrackerDashboard();
builder.Services.AddMudServices();
builder.Services.AddTransient<MudBlazor.MudLocalizer, DashboardMudLocalizer>();
// Blazor writes non-ASCII text as &#x...; entities unless given an encoder that allows every range.
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseOpsTrackerRequestLogging();
app.UseOpsTrackerSecurityHeaders();
app.UseDatabaseOutageHandling();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLocalization(DashboardCultures.Options());
app.UseAccounts();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapAccounts();
app.MapOpsTrackerHealth();
app.MapOpenApi();
app.MapOperationsApi();
app.MapTalliesApi();
app.MapReportsApi();
app.MapReportWriteApi();
app.MapReviewApi();
app.MapTallyReviewApi();
app.MapEventApi();
app.MapExports();
app.MapOperationMap();
app.MapCultureSwitch();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

// AddDatabaseResilience migrates before the server listens when the database is there, else in the background.
await app.RunAsync();

/// <summary>Entry point; public for WebApplicationFactory.</summary>
public partial class Program;
