package com.calltriage.command;

/** What the core answers: a view model that the card package renders. Never contains unmasked data. */
public sealed interface Reply permits CallListView, ChooseUserView, UnknownUserView, HelpView, AccessRefusedView,
        WelcomeView, DetailsView, DebugView, AuditView, NoticeView, ExportView {
}
