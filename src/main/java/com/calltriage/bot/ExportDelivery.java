package com.calltriage.bot;

import com.calltriage.command.FileDelivery;
import com.calltriage.command.reply.FileReply;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.FileConsentCard;
import com.microsoft.bot.schema.teams.FileConsentCardResponse;
import com.microsoft.bot.schema.teams.FileInfoCard;
import com.microsoft.bot.schema.teams.FileUploadInfo;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Sends an export the way Teams sends files from a bot: a consent card that asks the user, then, once they
 * accept and Teams has made room in their OneDrive, the upload and a card that opens the file.
 *
 * <p>The consent card carries the command that makes the file, not the file: whichever replica receives the
 * acceptance makes it again, and asks the core again, so the access check runs on the accepting turn too.
 */
final class ExportDelivery {
    /** The name of the invoke activity that carries the user's answer to a consent card. */
    static final String CONSENT_INVOKE = "fileConsent/invoke";
    private static final String COMMAND = "command";

    private final FileUploads uploads;

    ExportDelivery(FileUploads uploads) {
        this.uploads = uploads;
    }

    Attachment offer(FileReply export) {
        FileConsentCard consent = new FileConsentCard();
        consent.setDescription(export.description());
        consent.setSizeInBytes(export.content().length);
        consent.setAcceptContext(Map.of(COMMAND, export.command()));
        consent.setDeclineContext(Map.of(COMMAND, export.command()));
        Attachment attachment = new Attachment();
        attachment.setContentType(FileConsentCard.CONTENT_TYPE);
        attachment.setName(export.fileName());
        attachment.setContent(consent);
        return attachment;
    }

    /** Where Teams said to upload the file, for the core to deliver it there. */
    FileDelivery to(FileUploadInfo where) {
        return new FileDelivery() {
            @Override
            public String destination() {
                return FileUploads.hostOf(where.getUploadUrl());
            }

            @Override
            public void deliver(FileReply file) throws IOException {
                uploads.put(where.getUploadUrl(), file.content(), file.contentType());
            }
        };
    }

    /** The card that shows an uploaded file in the chat. */
    static Attachment shown(FileUploadInfo where) {
        FileInfoCard info = new FileInfoCard();
        info.setUniqueId(where.getUniqueId());
        info.setFileType(where.getFileType());
        Attachment attachment = new Attachment();
        attachment.setContentType(FileInfoCard.CONTENT_TYPE);
        attachment.setContentUrl(where.getContentUrl());
        attachment.setName(where.getName());
        attachment.setContent(info);
        return attachment;
    }

    /** The user's answer to a consent card; empty when the activity carries none that can be read. */
    static Optional<FileConsentCardResponse> consentOf(Activity activity) {
        try {
            return Optional.ofNullable(Serialization.safeGetAs(activity.getValue(), FileConsentCardResponse.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The command the consent card was made for; empty when the answer carries none, as a forged one might. */
    static Optional<String> commandOf(FileConsentCardResponse response) {
        JsonNode context = response.getContext() == null ? null : Serialization.objectToTree(response.getContext());
        return context != null && context.path(COMMAND).isTextual()
                ? Optional.of(context.get(COMMAND).asText()) : Optional.empty();
    }
}
