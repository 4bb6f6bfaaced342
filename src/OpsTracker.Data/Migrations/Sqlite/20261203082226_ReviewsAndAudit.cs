using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewsAndAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReviewState",
                table: "Operations",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Unreviewed");

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    User = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityKey = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OperationReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportFileName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    EvidenceStart = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Corrections = table.Column<string>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NeedsReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationReviews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_ReviewState",
                table: "Operations",
                column: "ReviewState");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Entity_EntityId",
                table: "AuditEntries",
                columns: new[] { "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityKey",
                table: "AuditEntries",
                column: "EntityKey");

            migrationBuilder.CreateIndex(
                name: "IX_OperationReviews_OperationId",
                table: "OperationReviews",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationReviews_ReportFileName_EvidenceStart_EvidenceEnd_Kind",
                table: "OperationReviews",
                columns: new[] { "ReportFileName", "EvidenceStart", "EvidenceEnd", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "OperationReviews");

            migrationBuilder.DropIndex(
                name: "IX_Operations_ReviewState",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "ReviewState",
                table: "Operations");
        }
    }
}
