using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TongHop.Storage.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FetchedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RawSha256 = table.Column<string>(type: "TEXT", nullable: false),
                    SenderUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReceiptSentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ImapHost = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    ImapPort = table.Column<int>(type: "INTEGER", nullable: false),
                    ImapSecurity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ImapUser = table.Column<string>(type: "TEXT", nullable: true),
                    ImapPassword = table.Column<string>(type: "TEXT", nullable: true),
                    ImapFolder = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    IntakeEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    PollMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    SmtpHost = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    SmtpPort = table.Column<int>(type: "INTEGER", nullable: false),
                    SmtpSecurity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SmtpUser = table.Column<string>(type: "TEXT", nullable: true),
                    SmtpPassword = table.Column<string>(type: "TEXT", nullable: true),
                    FromAddress = table.Column<string>(type: "TEXT", nullable: true),
                    FromName = table.Column<string>(type: "TEXT", nullable: false),
                    SendReceipts = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IntakeItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FileSha256 = table.Column<string>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ArrivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Sender = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    MessageId = table.Column<int>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    Confidence = table.Column<double>(type: "REAL", nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DocumentDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SubmissionId = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: true)
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
