using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TongHop.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IntakeAndMail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IntakeMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageKey = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    From = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FetchedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RawSha256 = table.Column<string>(type: "character(64)", nullable: false),
                    SenderUnitId = table.Column<int>(type: "integer", nullable: true),
                    ReceiptSentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakeMessages_Files_RawSha256",
                        column: x => x.RawSha256,
                        principalTable: "Files",
                        principalColumn: "Sha256",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeMessages_Units_SenderUnitId",
                        column: x => x.SenderUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "MailSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ImapHost = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    ImapPort = table.Column<int>(type: "integer", nullable: false),
                    ImapSecurity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ImapUser = table.Column<string>(type: "text", nullable: true),
                    ImapPassword = table.Column<string>(type: "text", nullable: true),
                    ImapFolder = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    IntakeEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    PollMinutes = table.Column<int>(type: "integer", nullable: false),
                    SmtpHost = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    SmtpPort = table.Column<int>(type: "integer", nullable: false),
                    SmtpSecurity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SmtpUser = table.Column<string>(type: "text", nullable: true),
                    SmtpPassword = table.Column<string>(type: "text", nullable: true),
                    FromAddress = table.Column<string>(type: "text", nullable: true),
                    FromName = table.Column<string>(type: "text", nullable: false),
                    SendReceipts = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IntakeItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FileSha256 = table.Column<string>(type: "character(64)", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ArrivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Sender = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    MessageId = table.Column<int>(type: "integer", nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: true),
                    RequestId = table.Column<int>(type: "integer", nullable: true),
                    Confidence = table.Column<double>(type: "double precision", nullable: true),
                    Reasons = table.Column<string>(type: "text", nullable: false),
                    Issuer = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DocumentDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SubmissionId = table.Column<int>(type: "integer", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakeItems_Files_FileSha256",
                        column: x => x.FileSha256,
                        principalTable: "Files",
                        principalColumn: "Sha256",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeItems_IntakeMessages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "IntakeMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeItems_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeItems_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeItems_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IntakeEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Detail = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakeEvents_IntakeItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "IntakeItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeEvents_ItemId",
                table: "IntakeEvents",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeItems_FileSha256",
                table: "IntakeItems",
                column: "FileSha256");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeItems_MessageId",
                table: "IntakeItems",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeItems_RequestId",
                table: "IntakeItems",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeItems_State_Id",
                table: "IntakeItems",
                columns: new[] { "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeItems_SubmissionId",
                table: "IntakeItems",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeItems_UnitId",
                table: "IntakeItems",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeMessages_MessageKey",
                table: "IntakeMessages",
                column: "MessageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntakeMessages_RawSha256",
                table: "IntakeMessages",
                column: "RawSha256");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeMessages_SenderUnitId",
                table: "IntakeMessages",
                column: "SenderUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IntakeEvents");

            migrationBuilder.DropTable(
                name: "MailSettings");

            migrationBuilder.DropTable(
                name: "IntakeItems");

            migrationBuilder.DropTable(
                name: "IntakeMessages");
        }
    }
}
