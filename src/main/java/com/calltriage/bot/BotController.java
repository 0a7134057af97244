package com.calltriage.bot;

import com.auth0.jwt.exceptions.JWTDecodeException;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/messages}: hands each Bot Framework activity to the SDK adapter, which checks the
 * token (unless in local mode) and runs the bot. Replies go to the activity's serviceUrl, or, for
 * {@code deliveryMode: expectReplies}, come back in this response's body.
 *
 * <p>Before the SDK sees anything, a request without a bearer token is refused (unless in local mode), and then
 * a body over 256 KB, one that is not an activity, and an activity the bot could not answer. A response never
 * carries exception text: a refusal says what is wrong in a sentence, with the reference its one log line carries.
 */
@RestController
@ConditionalOnWebApplication
public class BotController {
    private static final Logger LOG = LoggerFactory.getLogger(BotController.class);
    private static final String NOT_AN_ACTIVITY = "Not a Bot Framework activity";

    private final CallTriageAdapter adapter;
    private final Bot bot;

    public BotController(CallTriageAdapter adapter, Bot bot) {
        this.adapter = adapter;
        this.bot = bot;
    }

    @PostMapping(path = "/api/messages", consumes = MediaType.ALL_VALUE)
    public ResponseEntity<String> incoming(HttpServletRequest request) throws IOException {
        String auth = Objects.requireNonNullElse(request.getHeader(HttpHeaders.AUTHORIZATION), "");
        if (adapter.checksTokens() && !ActivityRequests.isBearer(auth)) {
            return unauthorized("no bearer token");
        }
        Optional<byte[]> body = ActivityRequests.body(request);
        if (body.isEmpty()) {
            LOG.warn("Refused a request body over {} bytes", ActivityRequests.MAX_BODY_BYTES);
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.TEXT_PLAIN)
                    .body("Request bodies are limited to " + ActivityRequests.MAX_BODY_BYTES / 1024 + " KB");
        }
        Optional<Activity> activity = ActivityRequests.activity(body.get());
        if (activity.isEmpty()) {
            LOG.warn("Refused a request body that is not a Bot Framework activity");
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(NOT_AN_ACTIVITY);
        }
        Optional<String> unanswerable = ActivityRequests.unanswerable(activity.get());
        if (unanswerable.isPresent()) {
            return refused(HttpStatus.BAD_REQUEST, unanswerable.get(), unanswerable.get());
        }
        return process(auth, activity.get());
    }

    private ResponseEntity<String> process(String auth, Activity activity) {
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
            Optional<String> undelivered = ConnectorFailures.describe(e);
            if (undelivered.isPresent()) {
                // The sender's serviceUrl did not take the reply: theirs to fix, and retrying it here would not help.
                return refused(HttpStatus.FAILED_DEPENDENCY,
                        "The reply could not be delivered to the activity's serviceUrl.",
                        "reply to " + hostOf(activity.getServiceUrl()) + " not delivered: " + undelivered.get());
            }
            return failed(e);
        } catch (IOException e) {
            return failed(e);
        }
    }

    private static ResponseEntity<String> refused(HttpStatus status, String answer, String why) {
        String reference = TurnFailures.newReference();
        LOG.warn("Answered {} [{}]: {}", status.value(), reference, why);
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN)
                .body(answer + " Reference: " + reference);
    }

    private static ResponseEntity<String> failed(Exception e) {
        String reference = TurnFailures.newReference();
        LOG.error("Activity failed [{}]", reference, e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.TEXT_PLAIN)
                .body("Something went wrong on the bot's side. Reference: " + reference);
    }

    private static ResponseEntity<String> unauthorized(String why) {
        LOG.warn("Refused an activity without a valid Bot Framework token: {}", why);
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }

    private static String hostOf(String serviceUrl) {
        HttpUrl url = serviceUrl == null ? null : HttpUrl.parse(serviceUrl);
        return url == null ? "no serviceUrl" : url.host();
    }
}
