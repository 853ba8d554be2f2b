import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { documentsRoutes } from '../features/documents/documents-routes.js';
import { HomeRedirect } from '../features/session/home-redirect.js';
import { RequireSession } from '../features/session/require-session.js';
import { AppLayout } from './app-layout.js';

// Each page is its own chunk, so the first load carries only the shell.
const SignInPage = lazy(() =>
  import('../routes/sign-in.route.js').then((m) => ({ default: m.SignInPage })),
);
const JoinPage = lazy(() =>
  import('../routes/join.route.js').then((m) => ({ default: m.JoinPage })),
);
const CitiesPage = lazy(() =>
  import('../routes/cities.route.js').then((m) => ({ default: m.CitiesPage })),
);
const CityHomePage = lazy(() =>
  import('../routes/city-home.route.js').then((m) => ({ default: m.CityHomePage })),
);
const MembersPage = lazy(() =>
  import('../routes/members.route.js').then((m) => ({ default: m.MembersPage })),
);
const RemoveMemberPage = lazy(() =>
  import('../routes/remove-member.route.js').then((m) => ({ default: m.RemoveMemberPage })),
);
const AccountPage = lazy(() =>
  import('../routes/account.route.js').then((m) => ({ default: m.AccountPage })),
);
const AdminCitiesPage = lazy(() =>
  import('../routes/admin-cities.route.js').then((m) => ({ default: m.AdminCitiesPage })),
);
const WorkspaceStrategiesPage = lazy(() =>
  import('../routes/workspace-strategies.route.js').then((m) => ({
    default: m.WorkspaceStrategiesPage,
  })),
);
const WorkspaceTasksPage = lazy(() =>
  import('../routes/workspace-tasks.route.js').then((m) => ({ default: m.WorkspaceTasksPage })),
);
const WorkspaceSectionPage = lazy(() =>
  import('../routes/workspace-section.route.js').then((m) => ({
    default: m.WorkspaceSectionPage,
  })),
);
const WorkspaceCheckPage = lazy(() =>
  import('../routes/workspace-check.route.js').then((m) => ({ default: m.WorkspaceCheckPage })),
);
const WorkspaceAssignPage = lazy(() =>
  import('../routes/workspace-assign.route.js').then((m) => ({ default: m.WorkspaceAssignPage })),
);
const WorkspaceFindingsPage = lazy(() =>
  import('../routes/workspace-findings.route.js').then((m) => ({
    default: m.WorkspaceFindingsPage,
  })),
);
const DashboardsPage = lazy(() =>
  import('../routes/dashboards.route.js').then((m) => ({ default: m.DashboardsPage })),
);
const ParticipationOverviewPage = lazy(() =>
  import('../routes/participation-overview.route.js').then((m) => ({
    default: m.ParticipationOverviewPage,
  })),
);
const ParticipationDraftPage = lazy(() =>
  import('../routes/participation-draft.route.js').then((m) => ({
    default: m.ParticipationDraftPage,
  })),
);
const ParticipationConsultationPage = lazy(() =>
  import('../routes/participation-consultation.route.js').then((m) => ({
    default: m.ParticipationConsultationPage,
  })),
);
const ParticipationCommentsPage = lazy(() =>
  import('../routes/participation-comments.route.js').then((m) => ({
    default: m.ParticipationCommentsPage,
  })),
);
const ParticipationSensitivePage = lazy(() =>
  import('../routes/participation-sensitive.route.js').then((m) => ({
    default: m.ParticipationSensitivePage,
  })),
);
const NotFoundPage = lazy(() =>
  import('../routes/not-found.route.js').then((m) => ({ default: m.NotFoundPage })),
);

/**
 * Declarative routes (not the data router): the app loads its data with react-query, and leaving
 * the data router out keeps about 10 KB off the first load.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="join/:token" element={<JoinPage />} />
        <Route element={<RequireSession />}>
          <Route index element={<HomeRedirect />} />
          <Route path="cities" element={<CitiesPage />} />
          <Route path="cities/:cityId" element={<CityHomePage />} />
          <Route path="cities/:cityId/members" element={<MembersPage />} />
          <Route path="cities/:cityId/members/:userId/remove" element={<RemoveMemberPage />} />
          <Route path="cities/:cityId/strategies" element={<WorkspaceStrategiesPage />} />
          <Route path="cities/:cityId/strategies/:strategyId" element={<WorkspaceTasksPage />} />
          <Route
            path="cities/:cityId/strategies/:strategyId/sections/:sectionSlug"
            element={<WorkspaceSectionPage />}
          />
          <Route
            path="cities/:cityId/strategies/:strategyId/sections/:sectionSlug/check"
            element={<WorkspaceCheckPage />}
          />
          <Route
            path="cities/:cityId/strategies/:strategyId/sections/:sectionSlug/assign"
            element={<WorkspaceAssignPage />}
          />
          <Route
            path="cities/:cityId/strategies/:strategyId/findings"
            element={<WorkspaceFindingsPage />}
          />
          <Route
            path="cities/:cityId/strategies/:strategyId/dashboards"
            element={<DashboardsPage />}
          />
          <Route
            path="cities/:cityId/strategies/:strategyId/participation"
            element={<ParticipationOverviewPage />}
          />
          <Route
            path="cities/:cityId/strategies/:strategyId/participation/new"
            element={<ParticipationDraftPage />}
          />
          <Route
            path="cities/:cityId/strategies/:strategyId/participation/sensitive"
            element={<ParticipationSensitivePage />}
          />
          <Route
            path="cities/:cityId/strategies/:strategyId/participation/consultations/:consultationId"
            element={<ParticipationConsultationPage />}
          />
          <Route
            path="cities/:cityId/strategies/:strategyId/participation/consultations/:consultationId/edit"
            element={<ParticipationDraftPage />}
          />
          <Route
            path="cities/:cityId/strategies/:strategyId/participation/consultations/:consultationId/comments"
            element={<ParticipationCommentsPage />}
          />
          {documentsRoutes()}
          <Route path="account" element={<AccountPage />} />
          <Route path="admin/cities" element={<AdminCitiesPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
