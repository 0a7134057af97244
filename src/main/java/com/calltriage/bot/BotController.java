package com.calltriage.bot;

import com.auth0.jwt.exceptions.JWTDecodeException;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/messages}: hands each Bot Framework activity to the SDK adapter, which checks the
 * token (unless in local mode) and runs the bot. Replies go to the activity's serviceUrl, or, for
 * {@code deliveryMode: expectReplies}, come back in this response's body.
 */
@RestController
@ConditionalOnWebApplication
public class BotController {
    private static final Logger LOG = LoggerFactory.getLogger(BotController.class);

    private final BotFrameworkHttpAdapter adapter;
    private final Bot bot;

    public BotController(BotFrameworkHttpAdapter adapter, Bot bot) {
        this.adapter = adapter;
        this.bot = bot;
    }

    @PostMapping(path = "/api/messages", consumes = MediaType.ALL_VALUE)
    public ResponseEntity<String> incoming(@RequestBody String body,
                                           @RequestHeader(value = "Authorization", defaultValue = "") String auth) {
        Activity activity;
        try {
            activity = Serialization.treeToValue(Serialization.jsonToTree(body), Activity.class);
        } catch (IOException | IllegalArgumentException e) {
            return ResponseEntity.badRequest().body("Not a Bot Framework activity: " + e.getMessage());
        }
        if (activity == null || activity.getType() == null) {
            return ResponseEntity.badRequest().body("Not a Bot Framework activity: no type");
        }
        try {
            InvokeResponse response = adapter.processIncomingActivity(auth, activity, bot).join();
            if (response == null) {
                return ResponseEntity.status(HttpStatus.ACCEPTED).build();
            }
            String json = response.getBody() == null ? null : Serialization.toString(response.getBody());
            return ResponseEntity.status(response.getStatus()).contentType(MediaType.APPLICATION_JSON).body(json);
        } catch (JWTDecodeException e) {
            return unauthorized("malformed token");
        } catch (CompletionException e) {
            if (e.getCause() instanceof AuthenticationException || e.getCause() instanceof JWTDecodeException) {
                return unauthorized(e.getCause().getMessage());
            }
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the reply", e);
        }
    }

    private static ResponseEntity<String> unauthorized(String why) {
        LOG.warn("Refused an activity without a valid Bot Framework token: {}", why);
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
}
