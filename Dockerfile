# The dashboard as a container: build with the .NET 10 SDK, run on the ASP.NET runtime image.
# docker compose up builds it; by hand: docker build -t opstracker . && docker run -p 8080:8080 opstracker

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# global.json is left out on purpose: it pins the developers' SDK feature band, which the image need not have.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/OpsTracker.Core/OpsTracker.Core.csproj src/OpsTracker.Core/
COPY src/OpsTracker.Data/OpsTracker.Data.csproj src/OpsTracker.Data/
COPY src/OpsTracker.Web/OpsTracker.Web.csproj src/OpsTracker.Web/
RUN dotnet restore src/OpsTracker.Web/OpsTracker.Web.csproj
COPY src/OpsTracker.Core/ src/OpsTracker.Core/
COPY src/OpsTracker.Data/ src/OpsTracker.Data/
COPY src/OpsTracker.Web/ src/OpsTracker.Web/
COPY seeds/ seeds/
# Warnings are errors in CI; here a newer analyser in the image must not stop a release build.
RUN dotnet publish src/OpsTracker.Web/OpsTracker.Web.csproj -c Release -o /app --no-restore -p:TreatWarningsAsErrors=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "OpsTracker.Web.dll"]
