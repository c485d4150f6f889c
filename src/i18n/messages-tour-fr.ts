/** The words of the guided tour, the embedded view and the map image, in French. */
import type { tourEn } from './messages-tour-en.ts';

export const tourFr: typeof tourEn = {
  start: 'Visite',
  startLabel: (title: string) => `Commencer la visite guidée\u00a0: ${title}`,
  region: 'Visite guidée',
  step: (title: string, n: number, count: number) => `${title} · étape ${n} sur ${count}`,
  back: '← Précédente',
  backLabel: 'Étape précédente',
  next: 'Suivante →',
  nextLabel: 'Étape suivante',
  end: 'Terminer',
  endLabel: 'Terminer la visite',
  embed: 'Intégrer cette vue',
  embedHelp: 'Code HTML pour intégrer cette vue (le site hôte doit autoriser l’intégration\u00a0: voir le README)',
  openFullMap: 'Ouvrir la carte complète',
  saveImage: 'Enregistrer l’image',
  saveImageLabel: 'Enregistrer l’image de la carte (PNG)',
  saveImageTitle: 'Enregistrer un PNG de cette vue, avec son titre, ses filtres, sa légende et ses crédits',
  imageSaved: 'Image enregistrée.',
  imageFailed: 'L’image n’a pas pu être créée.',
  noMapImage: 'Ce navigateur n’a pas de carte à enregistrer.',
  imageShowing: (filters: string) => `Affiché\u00a0: ${filters}`,
  imageMade: (date: string, link: string) => `Créée le ${date} · ${link}`,
  railwayLegend: 'Chemin de fer Dakar–Bamako (schématique)',
  cautionFlag: 'prudence',
};
