/**
 * The code lists Informatie Vlaanderen published for the Toestemming/Contactvoorkeuren model, as
 * typed constants. Concepts were published under two IRI forms: `.../id/concept/<List>/<value>`
 * (2019, written by profielkit) and `.../id/conceptscheme/<List>/<value>` (2018); both are accepted.
 */
import { defineCodeList } from '../../core/schema/define.js';

const FORMS = <L extends string>(list: L) =>
  [`https://data.vlaanderen.be/id/concept/${list}/`, `https://data.vlaanderen.be/id/conceptscheme/${list}/`] as const;

/** ToestemmingStatus: whether a consent is active. */
export const ToestemmingStatusList = defineCodeList({
  name: 'ToestemmingStatus',
  scheme: 'https://data.vlaanderen.be/id/conceptscheme/ToestemmingStatus',
  label: { nl: 'Toestemming status', en: 'Consent status' },
  forms: FORMS('ToestemmingStatus'),
  concepts: {
    toegelaten: { notation: 'toegelaten', label: 'toegelaten' },
    nietGekend: { notation: 'nietGekend', label: 'niet gekend' },
    geweigerd: { notation: 'geweigerd', label: 'geweigerd' },
  },
});

/** Contactkanaal (published as "Notificatiekanaal"): the medium a notification is sent by. */
export const ContactkanaalList = defineCodeList({
  name: 'Contactkanaal',
  scheme: 'https://data.vlaanderen.be/id/conceptscheme/Contactkanaal',
  label: { nl: 'Notificatiekanaal', en: 'Notification channel' },
  forms: FORMS('Contactkanaal'),
  concepts: {
    Passief: { notation: 'Passief', label: 'Passief' },
    Sms: { notation: 'Sms', label: 'SMS' },
    Email: { notation: 'Email', label: 'E-mail' },
  },
});

/** Notificatiecategorie: the category of a notification. */
export const NotificatiecategorieList = defineCodeList({
  name: 'Notificatiecategorie',
  scheme: 'https://data.vlaanderen.be/id/conceptscheme/Notificatiecategorie',
  label: { nl: 'Notificatiecategorie', en: 'Notification category' },
  forms: FORMS('Notificatiecategorie'),
  concepts: {
    Wetswijziging: { notation: 'Wetswijziging', label: 'Wetswijziging' },
    NieuweSubsidiemaatregel: { notation: 'NieuweSubsidiemaatregel', label: 'Nieuwe subsidiemaatregel' },
    AlgemeenNieuwsbericht: { notation: 'AlgemeenNieuwsbericht', label: 'Algemeen nieuwsbericht' },
    WijzigingDossier: { notation: 'WijzigingDossier', label: 'Wijziging Dossier' },
    VergunningVerloopt: { notation: 'VergunningVerloopt', label: 'Vergunning verloopt' },
    ActieNodig: { notation: 'ActieNodig', label: 'Actie nodig' },
    CalamiteitInUwGemeente: { notation: 'CalamiteitInUwGemeente', label: 'Calamiteit in uw gemeente' },
    WegenwerkenInUwBuurt: { notation: 'WegenwerkenInUwBuurt', label: 'Wegenwerken in uw buurt' },
  },
});
