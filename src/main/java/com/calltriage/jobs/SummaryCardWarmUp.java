package com.calltriage.jobs;

import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.summary.SummaryView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, draws one summary card with an empty trend picture and throws it away: the first picture loads the
 * fonts and the chart library, which takes seconds, and the first manager to ask should not wait for that. Never
 * throws.
 */
@Component
@ConditionalOnWebApplication
@Order(3)
class SummaryCardWarmUp implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SummaryCardWarmUp.class);

    private final AdaptiveCardRenderer renderer;
    private final Clock clock;

    SummaryCardWarmUp(AdaptiveCardRenderer renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            Instant now = clock.instant();
            List<SummaryView.Day> days = new ArrayList<>();
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            for (int i = 29; i >= 0; i--) {
                days.add(new SummaryView.Day(today.minusDays(i), 0, Double.NaN, Double.NaN));
            }
            renderer.render(new SummaryView("All calls", now.minusSeconds(86_400), now, ZoneOffset.UTC, "",
                    List.of(), List.of(), "", List.of(), 0, List.of(), List.of(), List.of(), days, null, List.of()));
        } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
            LOG.warn("Could not draw a summary card at start-up; the first one asked for will take longer: {}",
                    e.toString());
        }
    }
}
