import ParticipationPage from '../../workbench/participation';

/** 留言办理 in the supervision area (R-WEB-4): everything in reach, with reassign, publish and close. */
export default function SupervisionParticipationPage() {
  return <ParticipationPage supervision />;
}
