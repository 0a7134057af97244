package com.calltriage.command;

import com.calltriage.access.PartyMasking;
import com.calltriage.access.Role;
import com.calltriage.access.RoleDirectory;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.quality.DiagnosisStore;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The core's front door: one question in, one view model out. Checks the asker's role first and fails
 * closed, then parses the message against the command declarations and runs the handler.
 */
public final class CommandDispatcher {
    private final CommandCatalog catalog;
    private final RoleDirectory roles;
    private final RecentCallsHandler recentCalls;
    private final DetailsHandler details;

    public CommandDispatcher(CommandCatalog catalog, RoleDirectory roles, CallRecordStore store,
                             DiagnosisStore diagnoses, PartyMasking masking, Clock clock) {
        this.catalog = catalog;
        this.roles = roles;
        CallFacts facts = new CallFacts(masking);
        RecentLists recentLists = new RecentLists();
        this.recentCalls = new RecentCallsHandler(store, diagnoses, facts, recentLists, clock);
        this.details = new DetailsHandler(store, diagnoses, facts, recentLists);
    }

    public Reply answer(ChatRequest request) {
        Set<Role> callerRoles = roles.rolesOf(request.caller());
        if (callerRoles.isEmpty()) {
            return new AccessRefusedView("You do not have a CallTriage role, so I can't look up calls for you.",
                    grantingRoles(Role.values()));
        }
        Optional<ParsedCommand> parsed = catalog.parse(request.text());
        if (parsed.isEmpty()) {
            return new HelpView(CommandCatalog.normalize(request.text()),
                    catalog.closestExample(request.text(), callerRoles).orElse(null), helpFor(callerRoles));
        }
        ParsedCommand command = parsed.get();
        if (!command.spec().allows(callerRoles)) {
            return new AccessRefusedView("'" + command.spec().name().label() + "' is not available to your role.",
                    grantingRoles(command.spec().roles().toArray(Role[]::new)));
        }
        return switch (command.spec().name()) {
            case RECENT_CALLS -> recentCalls.handle(command, request.conversationId());
            case DETAILS -> details.handle(command, request.conversationId());
            case HELP -> new HelpView(null, null, helpFor(callerRoles));
        };
    }

    public Reply welcome() {
        return new WelcomeView(catalog.specs().get(0).examples().get(0));
    }

    private List<HelpView.Entry> helpFor(Set<Role> callerRoles) {
        return catalog.specs().stream()
                .filter(spec -> spec.allows(callerRoles))
                .map(spec -> new HelpView.Entry(spec.name().label(), spec.summary(), spec.examples().get(0)))
                .toList();
    }

    private static List<String> grantingRoles(Role... granting) {
        return Arrays.stream(granting).sorted().map(Role::grantedBy).toList();
    }
}
